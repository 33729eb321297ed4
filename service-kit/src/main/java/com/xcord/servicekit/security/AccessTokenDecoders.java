package com.xcord.servicekit.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.xcord.edge.AccessTokenRules;
import com.xcord.edge.SecurityProperties;
import com.xcord.edge.revocation.RevokedSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.MalformedURLException;
import java.time.Clock;

/**
 * Builds the access-token {@link JwtDecoder} on edge-rules' {@link AccessTokenRules} (RS256 only,
 * {@code typ: at+jwt}, no self-keyed headers, iss, aud, exp/nbf with the clock skew, numeric sub/sid): the same
 * rules the gateway and realtime-service apply, including the refusal of tokens whose session has ended
 * ({@link RevokedSessions}). auth-service, which holds the keys and checks sessions in its database, passes its
 * own {@link JWKSource} to {@link #nimbus(JWKSource, SecurityProperties, RevokedSessions)}.
 */
public final class AccessTokenDecoders {

    private static final Logger log = LoggerFactory.getLogger(AccessTokenDecoders.class);

    /**
     * A decoder fetching keys from the JWKS URI: cached; an unknown kid refetches at most once per interval.
     *
     * @param revoked the sessions that ended lately; null checks none
     */
    public static JwtDecoder fromJwksUri(SecurityProperties config, RevokedSessions revoked) {
        return fromJwksUri(config, revoked, new JwksFetchFailures());
    }

    /** As {@link #fromJwksUri(SecurityProperties, RevokedSessions)}, counting the JWKS fetches that fail. */
    public static JwtDecoder fromJwksUri(SecurityProperties config, RevokedSessions revoked,
            JwksFetchFailures failures) {
        if (config.jwksUri() == null) {
            throw new IllegalStateException("xcord.security.jwks-uri is not set (auth-service's JWKS, e.g. "
                    + "http://localhost:8081/api/v1/auth/jwks), and the service defines no JwtDecoder");
        }
        JWKSource<SecurityContext> keys;
        try {
            int timeout = (int) config.jwksFetchTimeout().toMillis();
            keys = JWKSourceBuilder.<SecurityContext>create(config.jwksUri().toURL(),
                            failures.retriever(timeout, 64 * 1024))
                    .cache(config.jwksCacheTtl().toMillis(), 5_000)
                    .rateLimited(config.jwksRefetchInterval().toMillis())
                    .outageTolerant(config.jwksCacheTtl().toMillis() * 12)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("xcord.security.jwks-uri is not a URL: " + config.jwksUri(), e);
        }
        return create(keys, config, revoked);
    }

    public static JwtDecoder create(JWKSource<SecurityContext> keys, SecurityProperties config,
            RevokedSessions revoked) {
        NimbusJwtDecoder nimbus = nimbus(keys, config, revoked);
        return token -> {
            try {
                return nimbus.decode(token);
            } catch (BadJwtException e) {
                throw e;
            } catch (JwtException e) {
                // key lookup failed (JWKS unreachable, refetch rate limit hit for an unknown kid):
                // the token cannot be trusted, which is a 401, not a server error
                log.debug("access token refused: {}", e.getMessage());
                throw new BadJwtException("cannot verify the token: " + e.getMessage(), e);
            }
        };
    }

    /**
     * Spring's decoder (claims mapped to a {@code Jwt}) with every check done by the rules; its own validators
     * are switched off so that no second, drifting copy of them runs. A service may set a validator for checks of
     * its own (auth-service: the session is still active).
     */
    public static NimbusJwtDecoder nimbus(JWKSource<SecurityContext> keys, SecurityProperties config,
            RevokedSessions revoked) {
        NimbusJwtDecoder nimbus = new NimbusJwtDecoder(
                new AccessTokenJwtProcessor(keys, new AccessTokenRules(config, Clock.systemUTC(), revoked)));
        nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return nimbus;
    }

    private AccessTokenDecoders() {
    }
}
