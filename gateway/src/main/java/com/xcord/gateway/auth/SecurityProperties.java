package com.xcord.gateway.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access-token validation, with the names every service uses ({@code xcord.security.*}).
 *
 * @param jwksUri             auth-service's JWKS
 * @param issuer              required {@code iss}
 * @param audience            required in {@code aud}
 * @param clockSkew           tolerance for {@code exp} / {@code nbf}
 * @param jwksCacheTtl        the JWKS is refreshed in the background this often; the last good copy
 *                            stays in use while auth-service cannot be reached
 * @param jwksRefetchInterval a token with an unknown {@code kid} refetches the JWKS at most once per interval
 * @param jwksFetchTimeout    longest wait for one JWKS fetch
 * @param publicPaths         paths that need no token: exact, or ending in {@code /**} for a subtree
 * @param verifiedTokenCacheSize how many verified tokens are remembered (a token seen again skips parsing
 *                            and the RSA check, never the expiry check); 0 verifies every token from scratch
 */
@ConfigurationProperties("xcord.security")
public record SecurityProperties(
        @DefaultValue("http://localhost:8081/api/v1/auth/jwks") URI jwksUri,
        @DefaultValue("https://xcord.local") String issuer,
        @DefaultValue("xcord") String audience,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("5m") Duration jwksCacheTtl,
        @DefaultValue("30s") Duration jwksRefetchInterval,
        @DefaultValue("2s") Duration jwksFetchTimeout,
        @DefaultValue List<String> publicPaths,
        @DefaultValue("10000") int verifiedTokenCacheSize) {
}
