package com.xcord.servicekit.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.xcord.servicekit.XcordProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Builds the access-token {@link JwtDecoder}: RS256 only, {@code typ: at+jwt}, issuer,
 * audience, exp/nbf with a small skew, self-keyed headers refused. auth-service, which holds
 * the keys, passes its own {@link JWKSource} to {@link #create(JWKSource, XcordProperties.Security)}.
 */
public final class AccessTokenDecoders {

    private static final Logger log = LoggerFactory.getLogger(AccessTokenDecoders.class);

    /** A decoder fetching keys from the JWKS URI: cached; an unknown kid refetches at most once per interval. */
    public static JwtDecoder fromJwksUri(XcordProperties.Security config) {
        if (config.jwksUri() == null || config.jwksUri().isBlank()) {
            throw new IllegalStateException("xcord.security.jwks-uri is not set (auth-service's JWKS, e.g. "
                    + "http://localhost:8081/api/v1/auth/jwks), and the service defines no JwtDecoder");
        }
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(URI.create(config.jwksUri()).toURL(),
                            new DefaultResourceRetriever(2_000, 2_000, 64 * 1024))
                    .cache(config.jwksCacheTtl().toMillis(), 5_000)
                    .rateLimited(config.jwksRefetchInterval().toMillis())
                    .outageTolerant(config.jwksCacheTtl().toMillis() * 12)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("xcord.security.jwks-uri is not a URL: " + config.jwksUri(), e);
        }
        return create(keys, config);
    }

    public static JwtDecoder create(JWKSource<SecurityContext> keys, XcordProperties.Security config) {
        NimbusJwtDecoder nimbus = new NimbusJwtDecoder(new AccessTokenJwtProcessor(keys));
        nimbus.setJwtValidator(validator(config));
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

    public static OAuth2TokenValidator<Jwt> validator(XcordProperties.Security config) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(config.clockSkew()),
                new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, sub -> sub instanceof String s && isId(s)),
                new JwtClaimValidator<Object>("sid", sid -> sid == null || isId(sid.toString())),
                new JwtIssuerValidator(config.issuer()),
                new JwtAudienceValidator(config.audience()),
                new JwtTypeValidator("at+jwt", "application/at+jwt")));
    }

    private static boolean isId(String value) {
        return !value.isEmpty() && value.length() <= 19 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private AccessTokenDecoders() {
    }
}
