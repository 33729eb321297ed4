package com.xcord.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.xcord.edge.revocation.RevokedSessions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * THE table of access-token rules (DESIGN §4): each row is a variation of a valid token and what the rules say
 * about it. Both stacks apply exactly these rules (service-kit's {@code AccessTokenDecodersTests} and
 * reactive-auth's {@code AccessTokenVerifierTests} prove they delegate here), so a new rule is one row here.
 */
class AccessTokenRulesTests {

    private static final String ISSUER = "https://xcord.test";
    private static final String AUDIENCE = "xcord";
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final String ACCEPTED = "accepted";
    private static final long ENDED_SESSION = 666;

    private static RSAKey key;
    private static RSAKey otherKey;
    private static AccessTokenRules rules;
    private static Function<String, JWSVerifier> published;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").keyUse(KeyUse.SIGNATURE).generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k2").keyUse(KeyUse.SIGNATURE).generate();
        JWSVerifier verifier = new RSASSAVerifier(key.toRSAPublicKey());
        published = Map.of("k1", verifier)::get;
        SecurityProperties properties = new SecurityProperties(URI.create("http://127.0.0.1/jwks"), ISSUER, AUDIENCE,
                List.of(), SKEW, Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(2), 0);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        RevokedSessions ended = new RevokedSessions(Duration.ofMinutes(20), clock);
        ended.ended(ENDED_SESSION, NOW.minusSeconds(1));
        rules = new AccessTokenRules(properties, clock, ended);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // accepted
                row("a valid token", h -> { }, c -> { }, ACCEPTED),
                row("typ application/at+jwt", h -> h.type(new JOSEObjectType("application/at+jwt")), c -> { }, ACCEPTED),
                row("no sid (optional)", h -> { }, c -> c.claim("sid", null), ACCEPTED),
                row("sid as a JSON number", h -> { }, c -> c.claim("sid", 77), ACCEPTED),
                row("expired within the skew", h -> { }, c -> c.expirationTime(at(NOW.minusSeconds(10))), ACCEPTED),
                row("nbf within the skew", h -> { }, c -> c.notBeforeTime(at(NOW.plusSeconds(20))), ACCEPTED),
                row("sub of 19 digits", h -> { }, c -> c.subject("1234567890123456789"), ACCEPTED),
                row("one of several audiences", h -> { }, c -> c.audience(List.of("other", AUDIENCE)), ACCEPTED),
                // header: refused before any key is looked up
                raw("garbage", "not-a-token", AccessTokenRules.MALFORMED),
                raw("longer than the limit", "a".repeat(AccessTokenRules.MAX_TOKEN_LENGTH + 1), AccessTokenRules.MALFORMED),
                raw("alg none", algNone(), AccessTokenRules.MALFORMED),
                raw("HS256 signed with the public key", hs256WithPublicKey(), AccessTokenRules.ALGORITHM),
                row("jku header", h -> h.jwkURL(URI.create("https://evil.test/jwks")), c -> { }, AccessTokenRules.SELF_KEYED),
                row("embedded jwk header", h -> h.jwk(key.toPublicJWK()), c -> { }, AccessTokenRules.SELF_KEYED),
                row("x5u header", h -> h.x509CertURL(URI.create("https://evil.test/cert")), c -> { }, AccessTokenRules.SELF_KEYED),
                row("x5c header", h -> h.x509CertChain(List.of(Base64.encode("cert"))), c -> { }, AccessTokenRules.SELF_KEYED),
                row("typ JWT", h -> h.type(JOSEObjectType.JWT), c -> { }, AccessTokenRules.NOT_AN_ACCESS_TOKEN),
                row("no typ", h -> h.type(null), c -> { }, AccessTokenRules.NOT_AN_ACCESS_TOKEN),
                row("no kid", h -> h.keyID(null), c -> { }, AccessTokenRules.NO_KEY),
                // key and signature
                signedWith("unknown kid", "k2", otherKey, AccessTokenRules.UNKNOWN_KEY),
                signedWith("known kid, another key", "k1", otherKey, AccessTokenRules.BAD_SIGNATURE),
                // claims
                row("expired beyond the skew", h -> { }, c -> c.expirationTime(at(NOW.minus(SKEW))), AccessTokenRules.EXPIRED),
                row("no exp", h -> { }, c -> c.expirationTime(null), AccessTokenRules.EXPIRED),
                row("nbf beyond the skew", h -> { }, c -> c.notBeforeTime(at(NOW.plusSeconds(120))), AccessTokenRules.NOT_YET_VALID),
                row("wrong issuer", h -> { }, c -> c.issuer("https://evil.test"), AccessTokenRules.WRONG_ISSUER),
                row("no issuer", h -> { }, c -> c.issuer(null), AccessTokenRules.WRONG_ISSUER),
                row("wrong audience", h -> { }, c -> c.audience("someone-else"), AccessTokenRules.WRONG_AUDIENCE),
                row("no sub", h -> { }, c -> c.subject(null), AccessTokenRules.NO_USER),
                row("empty sub", h -> { }, c -> c.subject(""), AccessTokenRules.NO_USER),
                row("sub alice", h -> { }, c -> c.subject("alice"), AccessTokenRules.NO_USER),
                row("sub 12a", h -> { }, c -> c.subject("12a"), AccessTokenRules.NO_USER),
                row("sub -5", h -> { }, c -> c.subject("-5"), AccessTokenRules.NO_USER),
                row("sub of 20 digits", h -> { }, c -> c.subject("12345678901234567890"), AccessTokenRules.NO_USER),
                row("sub beyond a long", h -> { }, c -> c.subject("9999999999999999999"), AccessTokenRules.NO_USER),
                row("sid s-1", h -> { }, c -> c.claim("sid", "s-1"), AccessTokenRules.NO_SESSION),
                row("sid empty", h -> { }, c -> c.claim("sid", ""), AccessTokenRules.NO_SESSION),
                row("sid a fraction", h -> { }, c -> c.claim("sid", 7.5), AccessTokenRules.NO_SESSION),
                // the session
                row("sid of an ended session", h -> { }, c -> c.claim("sid", Long.toString(ENDED_SESSION)),
                        AccessTokenRules.SESSION_ENDED),
                row("sid of an ended session as a number", h -> { }, c -> c.claim("sid", ENDED_SESSION),
                        AccessTokenRules.SESSION_ENDED));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("table")
    void theRulesDecide(String variation, String token, String reason) {
        if (reason.equals(ACCEPTED)) {
            JWTClaimsSet claims = rules.verify(token, published);
            assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        } else {
            assertThatThrownBy(() -> rules.verify(token, published))
                    .isInstanceOf(TokenRefusedException.class)
                    .hasMessage(reason)
                    .message().doesNotContain(token);
        }
    }

    // ---- rows ----

    private static Arguments row(String variation, Consumer<JWSHeader.Builder> header,
            Consumer<JWTClaimsSet.Builder> claims, String reason) {
        JWSHeader.Builder h = new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt")).keyID("k1");
        header.accept(h);
        JWTClaimsSet.Builder c = validClaims();
        claims.accept(c);
        return raw(variation, sign(h.build(), c.build(), key), reason);
    }

    private static Arguments signedWith(String variation, String kid, RSAKey with, String reason) {
        return raw(variation, sign(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt"))
                .keyID(kid).build(), validClaims().build(), with), reason);
    }

    private static Arguments raw(String variation, String token, String reason) {
        return Arguments.of(variation, token, reason);
    }

    private static JWTClaimsSet.Builder validClaims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("123456789012345678")
                .claim("sid", "77").jwtID("j-1")
                .issueTime(at(NOW.minusSeconds(10))).expirationTime(at(NOW.plusSeconds(300)));
    }

    private static String algNone() {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"k1\"}").toString();
        return header + "." + Base64URL.encode(validClaims().build().toString()) + ".";
    }

    private static String hs256WithPublicKey() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                    .keyID("k1").build(), validClaims().build());
            jwt.sign(new MACSigner(key.toPublicJWK().toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date at(Instant instant) {
        return Date.from(instant);
    }
}
