package com.xcord.servicekit.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Mints RS256 access tokens the way auth-service does, with a test key whose JWKS is served
 * on a loopback port ({@link #jwksUri()}; the test-jar's environment post-processor points
 * {@code xcord.security.jwks-uri} at it). Also mints every kind of token a service must refuse.
 */
public final class TestTokens {

    public static final String ISSUER = "https://xcord.local";
    public static final String AUDIENCE = "xcord";
    public static final String KID = "xcord-test-key";
    public static final long DEFAULT_SESSION_ID = 1L;

    /** Lazily created once per JVM; immutable afterwards. */
    private static final class Keys {
        static final RSAKey SIGNING = generate(KID);
        static final RSAKey OTHER = generate(KID);
        static final AtomicLong FETCHES = new AtomicLong();
        static final String JWKS_URI = serveJwks(new JWKSet(SIGNING.toPublicJWK()).toString(), FETCHES);

        private static RSAKey generate(String kid) {
            try {
                return new RSAKeyGenerator(2048).keyID(kid).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** URL of the JWKS holding the public key that signs {@link #accessToken(long)}. */
    public static String jwksUri() {
        return Keys.JWKS_URI;
    }

    /** How often the JWKS was fetched so far (to check a service's key caching). */
    public static long jwksFetches() {
        return Keys.FETCHES.get();
    }

    public static String accessToken(long userId) {
        return accessToken(userId, DEFAULT_SESSION_ID);
    }

    public static String accessToken(long userId, long sessionId) {
        return sign(Keys.SIGNING, header().build(), claims(userId, sessionId).build());
    }

    /** {@code "Bearer <token>"} for an Authorization header. */
    public static String bearer(long userId) {
        return "Bearer " + accessToken(userId);
    }

    public static String expired(long userId) {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        return sign(Keys.SIGNING, header().build(), claims(userId, DEFAULT_SESSION_ID)
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(15)))).build());
    }

    public static String notYetValid(long userId) {
        Instant future = Instant.now().plus(Duration.ofHours(1));
        return sign(Keys.SIGNING, header().build(), claims(userId, DEFAULT_SESSION_ID)
                .notBeforeTime(Date.from(future)).expirationTime(Date.from(future.plus(Duration.ofMinutes(15))))
                .build());
    }

    /** Same kid, but signed by a key the JWKS does not hold. */
    public static String signedByAnotherKey(long userId) {
        return sign(Keys.OTHER, header().build(), claims(userId, DEFAULT_SESSION_ID).build());
    }

    /** A kid the JWKS does not know (a refetch finds nothing either). */
    public static String unknownKid(long userId) {
        return sign(Keys.OTHER, header().keyID("unknown-" + UUID.randomUUID()).build(),
                claims(userId, DEFAULT_SESSION_ID).build());
    }

    /** {@code alg: none}, unsigned. */
    public static String algNone(long userId) {
        return new PlainJWT(new com.nimbusds.jose.PlainHeader.Builder().type(new JOSEObjectType("at+jwt")).build(),
                claims(userId, DEFAULT_SESSION_ID).build()).serialize();
    }

    /** The classic confusion attack: HMAC-signed with the public key's bytes as the secret. */
    public static String hs256WithPublicKey(long userId) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KID)
                    .type(new JOSEObjectType("at+jwt")).build(), claims(userId, DEFAULT_SESSION_ID).build());
            jwt.sign(new MACSigner(Keys.SIGNING.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String wrongIssuer(long userId) {
        return sign(Keys.SIGNING, header().build(), claims(userId, DEFAULT_SESSION_ID).issuer("https://evil.example")
                .build());
    }

    public static String wrongAudience(long userId) {
        return sign(Keys.SIGNING, header().build(), claims(userId, DEFAULT_SESSION_ID).audience("other-app").build());
    }

    /** {@code typ: JWT} instead of {@code at+jwt} (e.g. an ID token). */
    public static String wrongTyp(long userId) {
        return sign(Keys.SIGNING, header().type(JOSEObjectType.JWT).build(), claims(userId, DEFAULT_SESSION_ID)
                .build());
    }

    public static String missingTyp(long userId) {
        return sign(Keys.SIGNING, header().type(null).build(), claims(userId, DEFAULT_SESSION_ID).build());
    }

    /** Validly signed, but names a key URL of its own: must be refused, not fetched. */
    public static String withJkuHeader(long userId) {
        return sign(Keys.SIGNING, header().jwkURL(URI.create("https://evil.example/jwks.json")).build(),
                claims(userId, DEFAULT_SESSION_ID).build());
    }

    /** Signed by an attacker's key that the token embeds ({@code jwk} header). */
    public static String withJwkHeader(long userId) {
        return sign(Keys.OTHER, header().jwk(Keys.OTHER.toPublicJWK()).build(),
                claims(userId, DEFAULT_SESSION_ID).build());
    }

    public static String withX5uHeader(long userId) {
        return sign(Keys.SIGNING, header().x509CertURL(URI.create("https://evil.example/cert.pem")).build(),
                claims(userId, DEFAULT_SESSION_ID).build());
    }

    /** Any other variation: start from a valid header and claims and change what the test needs. */
    public static String custom(Consumer<JWSHeader.Builder> headerChanges, Consumer<JWTClaimsSet.Builder> claimChanges) {
        JWSHeader.Builder header = header();
        headerChanges.accept(header);
        JWTClaimsSet.Builder claims = claims(42, DEFAULT_SESSION_ID);
        claimChanges.accept(claims);
        return sign(Keys.SIGNING, header.build(), claims.build());
    }

    private static JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KID).type(new JOSEObjectType("at+jwt"));
    }

    private static JWTClaimsSet.Builder claims(long userId, long sessionId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(Long.toString(userId))
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("sid", Long.toString(sessionId));
    }

    private static String sign(RSAKey key, JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serveJwks(String jwks, AtomicLong fetches) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                fetches.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
            return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/jwks";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the test JWKS", e);
        }
    }

    private TestTokens() {
    }
}
