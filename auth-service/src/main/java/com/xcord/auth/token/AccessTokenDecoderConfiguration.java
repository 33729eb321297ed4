package com.xcord.auth.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.xcord.servicekit.XcordProperties;
import com.xcord.servicekit.security.AccessTokenDecoders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.util.List;
import java.util.Set;

/**
 * auth-service validates its own access tokens against its key ring instead of fetching its
 * own JWKS over HTTP, with the fleet's rules (edge-rules' {@code AccessTokenRules}: RS256 only,
 * {@code typ: at+jwt}, no self-keyed headers, iss, aud, exp) plus its own: {@code jti} and
 * {@code sid} present, and the token's session not revoked.
 */
@Configuration(proxyBeanMethods = false)
class AccessTokenDecoderConfiguration {

    @Bean
    JwtDecoder jwtDecoder(KeyRing ring, XcordProperties xcord, SessionValidity sessions) {
        NimbusJwtDecoder decoder = AccessTokenDecoders.nimbus(new KeyRingJwkSource(ring), xcord.security(),
                // no ended-session set: activeSession below asks the sessions table itself
                null);
        decoder.setJwtValidator(firstFailure(List.of(
                AccessTokenDecoderConfiguration::requireIds,
                jwt -> activeSession(jwt, sessions))));
        return decoder;
    }

    /** Runs the checks in order and stops at the first failure, so the session lookup runs last. */
    private static OAuth2TokenValidator<Jwt> firstFailure(List<OAuth2TokenValidator<Jwt>> validators) {
        return jwt -> {
            for (OAuth2TokenValidator<Jwt> validator : validators) {
                OAuth2TokenValidatorResult result = validator.validate(jwt);
                if (result.hasErrors()) {
                    return result;
                }
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    private static OAuth2TokenValidatorResult requireIds(Jwt jwt) {
        if (jwt.getId() == null || jwt.getClaimAsString("sid") == null) {
            return invalid("jti and sid are required");
        }
        try {
            Long.parseLong(jwt.getSubject());
            Long.parseLong(jwt.getClaimAsString("sid"));
        } catch (NumberFormatException e) {
            return invalid("sub and sid must be ids");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult activeSession(Jwt jwt, SessionValidity sessions) {
        long sessionId = Long.parseLong(jwt.getClaimAsString("sid"));
        return sessions.isActive(sessionId) ? OAuth2TokenValidatorResult.success() : invalid("the session has ended");
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }

    /** Serves the key ring to Nimbus; an unknown kid makes the ring re-read the table (throttled). */
    private record KeyRingJwkSource(KeyRing ring) implements JWKSource<SecurityContext> {

        @Override
        public List<JWK> get(JWKSelector selector, SecurityContext context) {
            List<JWK> found = selector.select(ring.publicKeys());
            Set<String> kids = selector.getMatcher().getKeyIDs();
            if (found.isEmpty() && kids != null && kids.size() == 1) {
                ring.reloadIfUnknown(kids.iterator().next());
                found = selector.select(ring.publicKeys());
            }
            return found;
        }
    }
}
