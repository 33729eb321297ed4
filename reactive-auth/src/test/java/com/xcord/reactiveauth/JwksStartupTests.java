package com.xcord.reactiveauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import com.xcord.edge.SecurityProperties;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A first JWKS fetch that fails (auth-service not up yet, or slow under load at start-up) must not leave the
 * service refusing every valid token for a whole refetch interval while it reports healthy.
 */
class JwksStartupTests {

    private static final Duration REFETCH_INTERVAL = Duration.ofMinutes(5);

    private HttpServer server;
    private JwksCache keys;

    @AfterEach
    void stop() {
        if (keys != null) {
            keys.close();
        }
        server.stop(0);
    }

    @Test
    void aFailedFirstFetchIsRetriedByTheNextTokenNotAfterTheRefetchInterval() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").keyUse(KeyUse.SIGNATURE).generate();
        AtomicInteger requests = new AtomicInteger();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> {
            if (requests.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(503, -1); // auth-service not ready yet
            } else {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
            }
            exchange.close();
        });
        server.start();
        SecurityProperties settings = new SecurityProperties(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks"), "https://xcord.test", "xcord",
                List.of(), Duration.ofSeconds(30), Duration.ofHours(1), REFETCH_INTERVAL, Duration.ofSeconds(2), 100);
        keys = new JwksCache(settings);
        keys.ready().block(Duration.ofSeconds(10));
        assertThat(keys.hasKeys()).as("the first fetch failed").isFalse();
        AccessTokenVerifier verifier = new AccessTokenVerifier(keys, Clock.systemUTC(), settings);
        String token = sign(key);

        // refused for at most FAILED_FETCH_RETRY, then the next token's unknown kid fetches the keys again
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(verifier.verify(token).onErrorComplete().block(Duration.ofSeconds(5)))
                        .as("verified").isNotNull());
        assertThat(requests.get()).isBetween(2, 12);
    }

    private static String sign(RSAKey key) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://xcord.test").audience("xcord").subject("42")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(15)))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt"))
                .keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
