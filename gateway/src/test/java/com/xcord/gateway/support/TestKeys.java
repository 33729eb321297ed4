package com.xcord.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** RSA keys the tests sign with, and access tokens: valid ones and every kind of broken one. */
public final class TestKeys {

    public static final String ISSUER = "https://xcord.local";
    public static final String AUDIENCE = "xcord";
    public static final RSAKey TRUSTED = generate("trusted-key-1");
    public static final RSAKey ROTATED = generate("trusted-key-2");
    public static final RSAKey UNTRUSTED = generate("untrusted-key");

    private TestKeys() {
    }

    public static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String jwks(RSAKey... keys) {
        JWKSet set = new JWKSet(java.util.Arrays.stream(keys).map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList());
        return set.toString(true);
    }

    public static JWTClaimsSet.Builder claims(String userId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(userId)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString()).claim("sid", "1");
    }

    public static JWSHeader.Builder header(RSAKey key) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(new JOSEObjectType("at+jwt"));
    }

    public static String token(String userId) {
        return sign(TRUSTED, header(TRUSTED), claims(userId));
    }

    public static String sign(RSAKey key, JWSHeader.Builder header, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(header.build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String expired(String userId) {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        return sign(TRUSTED, header(TRUSTED), claims(userId).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(15)))));
    }

    public static String withClaims(String userId, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(TRUSTED, header(TRUSTED), change.apply(claims(userId)));
    }

    public static String withHeader(String userId, UnaryOperator<JWSHeader.Builder> change) {
        return sign(TRUSTED, change.apply(header(TRUSTED)), claims(userId));
    }

    public static String jkuPointingElsewhere(String userId) {
        return sign(UNTRUSTED, header(UNTRUSTED).keyID(TRUSTED.getKeyID()).jwkURL(URI.create("https://evil.example/jwks")), claims(userId));
    }

    /** Signed by a key nobody trusts, but claiming the trusted key's kid. */
    public static String signedByOtherKey(String userId, String kid) {
        return sign(UNTRUSTED, header(UNTRUSTED).keyID(kid), claims(userId));
    }

    /** {@code alg: none}: the claims of a valid token and no signature. */
    public static String unsigned(String validToken) {
        String payload = validToken.split("\\.")[1];
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8)).toString();
        return header + "." + payload + ".";
    }

    /** HS256 keyed with the RSA public key's bytes: the classic algorithm-confusion forgery. */
    public static String hs256WithPublicKey(RSAKey publicKey, String kid, String userId) {
        try {
            byte[] secret = publicKey.toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid)
                    .type(new JOSEObjectType("at+jwt")).build(), claims(userId).build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real token with its payload changed (another user) and the original signature kept. */
    public static String tampered(String validToken, String otherUserId) {
        String[] parts = validToken.split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replaceFirst("\"sub\":\"[^\"]*\"", "\"sub\":\"" + otherUserId + "\"");
        return parts[0] + "." + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
