package com.xcord.reactiveauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import com.xcord.edge.SecurityProperties;
import com.xcord.edge.test.MutableClock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens never accepts what a fresh verification would refuse. */
class VerifiedTokenCacheTests {

    private static final String ISSUER = "https://xcord.test";
    private static final String AUDIENCE = "xcord";
    private static final Duration SKEW = Duration.ofSeconds(30);

    private static RSAKey current;
    private static RSAKey next;
    private static RSAKey impostor;
    private static HttpServer server;
    private static final AtomicReference<byte[]> published = new AtomicReference<>();
    /** When set, the JWKS endpoint reads the published set, signals {@code arrived}, and answers once released. */
    private static final AtomicReference<CountDownLatch> hold = new AtomicReference<>();
    private static final CountDownLatch[] arrived = {new CountDownLatch(0)};

    private final MutableClock clock = new MutableClock();
    private JwksCache keys;
    private AccessTokenVerifier verifier;

    @BeforeAll
    static void startJwks() throws Exception {
        current = new RSAKeyGenerator(2048).keyID("k1").keyUse(KeyUse.SIGNATURE).generate();
        next = new RSAKeyGenerator(2048).keyID("k2").keyUse(KeyUse.SIGNATURE).generate();
        // another key published under k1: a key replaced without a new kid
        impostor = new RSAKeyGenerator(2048).keyID("k1").keyUse(KeyUse.SIGNATURE).generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/jwks", exchange -> {
            byte[] body = published.get();
            CountDownLatch latch = hold.get();
            if (latch != null) {
                arrived[0].countDown();
                try {
                    latch.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopJwks() {
        server.stop(0);
    }

    @BeforeEach
    void freshVerifier() {
        publish(current);
        verifier = newVerifier(10_000);
        keys.ready().block(Duration.ofSeconds(10));
    }

    @AfterEach
    void stopRefresh() {
        keys.close();
    }

    @Test
    void aVerifiedTokenIsRemembered() throws Exception {
        String token = sign(current, claims());

        assertThat(verify(token).userId()).isEqualTo("42");
        assertThat(verify(token).userId()).isEqualTo("42");

        assertThat(verifier.rememberedTokens()).isEqualTo(1);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws Exception {
        String token = sign(current, claims().expirationTime(Date.from(clock.instant().plusSeconds(60))));
        verify(token);

        clock.advance(Duration.ofSeconds(60).plus(SKEW));

        refused(token, "The token has expired.");
        // and for good: the entry is gone, a fresh verification refuses it too
        assertThat(verifier.rememberedTokens()).isZero();
        refused(token, "The token has expired.");
    }

    @Test
    void aRememberedTokenIsRefusedWhenItsKeyIsNoLongerPublished() throws Exception {
        String old = sign(current, claims());
        verify(old);

        publish(next);
        // a token naming the new kid makes the cache refetch the JWKS, which no longer has k1
        verify(sign(next, claims()));

        refused(old, "The token was signed with an unknown key.");
    }

    @Test
    void aKeyPublishedWhileAFetchIsInFlightIsStillFoundAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        arrived[0] = new CountDownLatch(1);
        hold.set(release);
        try {
            // a refresh leaves with the old JWKS in its hands (the server read it before the rotation)...
            var inFlight = keys.afterRefetch("unknown").toFuture();
            assertThat(arrived[0].await(10, TimeUnit.SECONDS)).isTrue();
            publish(current, next);
            // ...and a token of the new key arrives while it is still out
            var verified = verifier.verify(sign(next, claims())).toFuture();
            release.countDown();
            inFlight.get(10, TimeUnit.SECONDS);

            assertThat(verified.get(10, TimeUnit.SECONDS).userId()).isEqualTo("42");
        } finally {
            hold.set(null);
            release.countDown();
        }
    }

    @Test
    void aRememberedTokenIsRefusedWhenAnotherKeyIsPublishedUnderItsKid() throws Exception {
        String old = sign(current, claims());
        verify(old);

        publish(impostor, next);
        verify(sign(next, claims()));

        refused(old, "The token's signature is invalid.");
    }

    @Test
    void aRotationThatKeepsThePreviousKeyKeepsItsTokensValidAndRemembered() throws Exception {
        String old = sign(current, claims());
        verify(old);
        var verifierOfK1 = keys.cached("k1");

        publish(next, current);
        verify(sign(next, claims()));

        // the unchanged key keeps its verifier, so the remembered token still counts as verified by it
        assertThat(keys.cached("k1")).isSameAs(verifierOfK1);
        assertThat(verify(old).userId()).isEqualTo("42");
        assertThat(verifier.rememberedTokens()).isEqualTo(2);
    }

    @Test
    void refusedTokensAreNeverRemembered() throws Exception {
        String valid = sign(current, claims());
        String[] parts = valid.split("\\.");
        String otherUser = Base64URL.encode(claims().subject("1").build().toString()).toString();
        String tampered = parts[0] + "." + otherUser + "." + parts[2];
        String wrongAudience = sign(current, claims().audience("someone-else"));

        for (int attempt = 0; attempt < 2; attempt++) {
            refused(tampered, "The token's signature is invalid.");
            refused(wrongAudience, "The token is meant for someone else.");
        }
        assertThat(verifier.rememberedTokens()).isZero();
    }

    @Test
    void aCacheOfSizeZeroVerifiesEveryTime() throws Exception {
        keys.close();
        verifier = newVerifier(0);
        keys.ready().block(Duration.ofSeconds(10));
        String token = sign(current, claims().expirationTime(Date.from(clock.instant().plusSeconds(60))));

        assertThat(verify(token).userId()).isEqualTo("42");
        assertThat(verifier.rememberedTokens()).isZero();
        clock.advance(Duration.ofMinutes(5));
        refused(token, "The token has expired.");
    }

    // ---- helpers ----

    private AccessTokenVerifier newVerifier(int cacheSize) {
        SecurityProperties settings = new SecurityProperties(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks"), ISSUER, AUDIENCE, List.of(),
                SKEW, Duration.ofMinutes(5), Duration.ZERO, Duration.ofSeconds(2), cacheSize);
        keys = new JwksCache(settings);
        keys.start();
        return new AccessTokenVerifier(keys, clock, settings);
    }

    private static void publish(RSAKey... keys) {
        JWKSet set = new JWKSet(Arrays.stream(keys).map(k -> (JWK) k.toPublicJWK()).toList());
        published.set(set.toString().getBytes(StandardCharsets.UTF_8));
    }

    private VerifiedAccessToken verify(String token) {
        return verifier.verify(token).block(Duration.ofSeconds(10));
    }

    private void refused(String token, String message) {
        assertThatThrownBy(() -> verify(token))
                .isInstanceOf(AccessTokenVerifier.InvalidTokenException.class)
                .hasMessage(message);
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("42")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(15))));
    }

    private static String sign(RSAKey key, JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt"))
                .keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
