package com.xcord.reactiveauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.sun.net.httpserver.HttpServer;
import com.xcord.edge.AccessTokenRules;
import com.xcord.edge.SecurityProperties;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccessTokenVerifierTests {

    private static final String ISSUER = "https://xcord.test";
    private static final String AUDIENCE = "xcord";
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);

    private static RSAKey key;
    private static RSAKey otherKey;
    private static HttpServer jwks;
    private static final AtomicInteger jwksHits = new AtomicInteger();
    private static JwksCache cache;
    private static AccessTokenVerifier verifier;

    @BeforeAll
    static void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").keyUse(KeyUse.SIGNATURE).generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k2").keyUse(KeyUse.SIGNATURE).generate();
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwks.createContext("/jwks", exchange -> {
            jwksHits.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        SecurityProperties settings = new SecurityProperties(
                URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks"), ISSUER, AUDIENCE, List.of(),
                SKEW, Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofSeconds(2), 10_000);
        cache = new JwksCache(settings);
        cache.start();
        verifier = new AccessTokenVerifier(cache, Clock.fixed(NOW, ZoneOffset.UTC), settings);
    }

    @AfterAll
    static void stop() {
        cache.close();
        jwks.stop(0);
    }

    @Test
    void aValidTokenIsAccepted() throws Exception {
        VerifiedAccessToken verified = verify(sign(header().build(), claims().claim("sid", "77").build(), key));
        assertThat(verified.userId()).isEqualTo("123456789012345678");
        assertThat(verified.sessionId()).isEqualTo("77");
        assertThat(verified.expiresAtMillis()).isEqualTo(NOW.plusSeconds(300).toEpochMilli());
    }

    @Test
    void theSessionIdIsOptional() throws Exception {
        assertThat(verify(sign(header().build(), claims().build(), key)).sessionId()).isNull();
    }

    @Test
    void theApplicationTypeIsAccepted() throws Exception {
        assertThat(verify(sign(header().type(new JOSEObjectType("application/at+jwt")).build(), claims().build(), key))
                .userId()).isEqualTo("123456789012345678");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        refused(sign(header().build(), claims().expirationTime(Date.from(NOW.minus(SKEW))).build(), key),
                "The token has expired.");
        refused(sign(header().build(), claims().expirationTime(null).build(), key), "The token has expired.");
    }

    @Test
    void expiryWithinTheSkewIsTolerated() throws Exception {
        assertThat(verify(sign(header().build(), claims().expirationTime(Date.from(NOW.minusSeconds(10))).build(), key)))
                .isNotNull();
    }

    @Test
    void aTokenNotValidYetIsRefused() throws Exception {
        refused(sign(header().build(), claims().notBeforeTime(Date.from(NOW.plusSeconds(120))).build(), key),
                "The token is not valid yet.");
    }

    @Test
    void anUnknownKidIsRefused() throws Exception {
        refused(sign(header("k2").build(), claims().build(), otherKey), "The token was signed with an unknown key.");
    }

    @Test
    void unknownKidsRefetchAtMostOncePerInterval() throws Exception {
        // make sure the startup fetch has happened, then several unknown kids within the interval
        verify(sign(header().build(), claims().build(), key));
        int before = jwksHits.get();
        for (int i = 0; i < 5; i++) {
            refused(sign(header("unknown-" + i).build(), claims().build(), otherKey),
                    "The token was signed with an unknown key.");
        }
        assertThat(jwksHits.get()).isEqualTo(before);
    }

    @Test
    void aKnownKidWithTheWrongKeyFailsTheSignature() throws Exception {
        refused(sign(header().build(), claims().build(), otherKey), "The token's signature is invalid.");
    }

    @Test
    void algNoneIsRefused() throws Exception {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"k1\"}").toString();
        String payload = Base64URL.encode(claims().build().toString()).toString();
        refused(header + "." + payload + ".", "The token is malformed.");
    }

    @Test
    void hs256WithThePublicKeyIsRefused() throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt")).keyID("k1").build();
        SignedJWT jwt = new SignedJWT(header, claims().build());
        jwt.sign(new MACSigner(key.toPublicJWK().toRSAPublicKey().getEncoded()));
        refused(jwt.serialize(), "The token's algorithm is not accepted.");
    }

    @Test
    void theWrongIssuerAudienceOrTypeIsRefused() throws Exception {
        refused(sign(header().build(), claims().issuer("https://evil.test").build(), key),
                "The token was issued by someone else.");
        refused(sign(header().build(), claims().audience("someone-else").build(), key),
                "The token is meant for someone else.");
        refused(sign(header().type(JOSEObjectType.JWT).build(), claims().build(), key), "The token is not an access token.");
        refused(sign(header().type(null).build(), claims().build(), key), "The token is not an access token.");
    }

    @Test
    void aTokenPointingToItsOwnKeyIsRefused() throws Exception {
        refused(sign(header().jwkURL(URI.create("https://evil.test/jwks")).build(), claims().build(), key),
                "Tokens that carry or point to their own keys are refused.");
        refused(sign(header().jwk(key.toPublicJWK()).build(), claims().build(), key),
                "Tokens that carry or point to their own keys are refused.");
    }

    @Test
    void aTokenWithoutKidIsRefused() throws Exception {
        refused(sign(header().keyID(null).build(), claims().build(), key), "The token names no key.");
    }

    @Test
    void onlyNumericSubjectsOfAtMost19DigitsAreAccepted() throws Exception {
        for (Consumer<JWTClaimsSet.Builder> bad : java.util.List.<Consumer<JWTClaimsSet.Builder>>of(
                c -> c.subject(null), c -> c.subject(""), c -> c.subject("alice"), c -> c.subject("12a"),
                c -> c.subject("-5"), c -> c.subject("12345678901234567890"))) {
            JWTClaimsSet.Builder claims = claims();
            bad.accept(claims);
            refused(sign(header().build(), claims.build(), key), "The token names no user.");
        }
        assertThat(verify(sign(header().build(), claims().subject("1234567890123456789").build(), key)).userId())
                .isEqualTo("1234567890123456789");
    }

    @Test
    void garbageAndOversizedTokensAreMalformed() {
        refused("not-a-token", "The token is malformed.");
        refused("a".repeat(AccessTokenVerifier.MAX_TOKEN_LENGTH + 1), "The token is malformed.");
    }

    /**
     * The rules themselves are tabled in edge-rules' {@code AccessTokenRulesTests}; this proves the verifier applies
     * them: a non-numeric {@code sid}, which this stack used to accept, is refused with the rule set's reason.
     */
    @Test
    void theSharedRuleSetDecides() throws Exception {
        refused(sign(header().build(), claims().claim("sid", "s-1").build(), key), AccessTokenRules.NO_SESSION);
        refused(sign(header().build(), claims().subject("9999999999999999999").build(), key), AccessTokenRules.NO_USER);
    }

    @Test
    void theMessageNeverContainsTheToken() throws Exception {
        String token = sign(header().build(), claims().issuer("https://evil.test").build(), key);
        assertThatThrownBy(() -> verify(token)).isInstanceOf(AccessTokenVerifier.InvalidTokenException.class)
                .message().doesNotContain(token);
    }

    // ---- helpers ----

    private static VerifiedAccessToken verify(String token) {
        return verifier.verify(token).block(Duration.ofSeconds(10));
    }

    private static void refused(String token, String message) {
        assertThatThrownBy(() -> verify(token))
                .isInstanceOf(AccessTokenVerifier.InvalidTokenException.class)
                .hasMessage(message);
    }

    private static JWSHeader.Builder header() {
        return header("k1");
    }

    private static JWSHeader.Builder header(String kid) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt")).keyID(kid);
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("123456789012345678")
                .issueTime(Date.from(NOW.minusSeconds(10)))
                .expirationTime(Date.from(NOW.plusSeconds(300)));
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey with) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }
}
