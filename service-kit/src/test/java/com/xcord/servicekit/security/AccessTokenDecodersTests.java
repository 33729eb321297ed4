package com.xcord.servicekit.security;

import com.xcord.edge.AccessTokenRules;
import com.xcord.edge.SecurityProperties;
import com.xcord.edge.revocation.RevokedSessions;
import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The servlet stack decides with edge-rules' {@link AccessTokenRules} (tabled in its {@code AccessTokenRulesTests}):
 * refusals carry the rule set's reasons, including two this stack did not apply before it was shared (a token
 * naming no key, a subject beyond a long).
 */
class AccessTokenDecodersTests {

    private final RevokedSessions revoked = new RevokedSessions(Duration.ofMinutes(20), Clock.systemUTC());
    private final JwtDecoder decoder = AccessTokenDecoders.fromJwksUri(new SecurityProperties(
            URI.create(TestTokens.jwksUri()), TestTokens.ISSUER, TestTokens.AUDIENCE, List.of(), Duration.ofSeconds(30),
            Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(2), 0), revoked);

    @Test
    void aTokenOfAnEndedSessionIsRefusedAndOtherSessionsAreNot() {
        String ended = TestTokens.accessToken(42, 7);
        String other = TestTokens.accessToken(42, 8);
        revoked.ended(7, Instant.now());

        assertRefused(ended, AccessTokenRules.SESSION_ENDED);
        assertThat(decoder.decode(other).getClaimAsString("sid")).isEqualTo("8");
    }

    @Test
    void aValidTokenIsDecoded() {
        Jwt jwt = decoder.decode(TestTokens.accessToken(42, 7));
        assertThat(jwt.getSubject()).isEqualTo("42");
        assertThat(jwt.getClaimAsString("sid")).isEqualTo("7");
    }

    @Test
    void refusalsAreTheSharedRuleSetsReasons() {
        assertRefused(TestTokens.custom(h -> h.keyID(null), c -> { }), AccessTokenRules.NO_KEY);
        assertRefused(TestTokens.custom(h -> { }, c -> c.subject("9999999999999999999")), AccessTokenRules.NO_USER);
        assertRefused(TestTokens.custom(h -> { }, c -> c.claim("sid", "s-1")), AccessTokenRules.NO_SESSION);
        assertRefused(TestTokens.withJkuHeader(42), AccessTokenRules.SELF_KEYED);
        assertRefused(TestTokens.hs256WithPublicKey(42), AccessTokenRules.ALGORITHM);
        assertRefused(TestTokens.expired(42), AccessTokenRules.EXPIRED);
        assertRefused(TestTokens.signedByAnotherKey(42), AccessTokenRules.BAD_SIGNATURE);
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class).hasMessageContaining(reason);
    }
}
