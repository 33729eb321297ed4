package com.xcord.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
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

/**
 * Access tokens made by hand with the service's real current key (or deliberately not), each
 * broken in exactly one way, so a refusal proves the check it is named after.
 */
final class ForgedTokens {

    private final KeyRing ring;
    private final String userId;
    private final String sessionId;

    ForgedTokens(KeyRing ring, String userId, long sessionId) {
        this.ring = ring;
        this.userId = userId;
        this.sessionId = Long.toString(sessionId);
    }

    JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("https://xcord.local")
                .audience("xcord")
                .subject(userId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("sid", sessionId);
    }

    JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ring.current().kid()).type(new JOSEObjectType("at+jwt"));
    }

    String signed(UnaryOperator<JWSHeader.Builder> header, UnaryOperator<JWTClaimsSet.Builder> claims) {
        return sign(header.apply(header()).build(), claims.apply(claims()).build(), ring.current().jwk());
    }

    String valid() {
        return signed(h -> h, c -> c);
    }

    String expired() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        return signed(h -> h, c -> c.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(900))));
    }

    String signedByAnotherKey() {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(ring.current().kid()).generate();
            return sign(header().build(), claims().build(), other);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String withUnknownKid() {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID("unknown-" + UUID.randomUUID()).generate();
            return sign(header().keyID(other.getKeyID()).build(), claims().build(), other);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String algNone() {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + ring.current().kid() + "\"}")
                .toString();
        return header + "." + Base64URL.encode(claims().build().toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** The classic confusion attack: HMAC keyed with the (public) RSA key bytes. */
    String hs256WithThePublicKey() {
        try {
            byte[] publicKey = ring.current().jwk().toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(ring.current().kid())
                    .type(new JOSEObjectType("at+jwt")).build(), claims().build());
            jwt.sign(new MACSigner(publicKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String wrongIssuer() {
        return signed(h -> h, c -> c.issuer("https://evil.example"));
    }

    String wrongAudience() {
        return signed(h -> h, c -> c.audience("someone-else"));
    }

    String wrongType() {
        return signed(h -> h.type(JOSEObjectType.JWT), c -> c);
    }

    String withJku() {
        return signed(h -> h.jwkURL(URI.create("https://evil.example/jwks.json")), c -> c);
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
