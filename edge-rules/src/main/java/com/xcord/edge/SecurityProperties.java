package com.xcord.edge;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xcord.security.*}: how every service, servlet or reactive, checks access tokens and which paths need
 * none. service-kit binds it as {@code XcordProperties.security}; the gateway and realtime-service bind it
 * on its own (reactive-auth enables it).
 *
 * @param jwksUri             auth-service's JWKS; required unless the service verifies with its own keys (auth-service)
 * @param issuer              required {@code iss}
 * @param audience            required in {@code aud}
 * @param publicPaths         this service's own paths that need no token, on top of {@link PublicPaths}' shared
 *                            lists: {@code [METHOD ]path}, exact or ending in {@code /**} for a subtree
 * @param clockSkew           tolerance for {@code exp} / {@code nbf}
 * @param jwksCacheTtl        how long a fetched JWKS is trusted; the last good copy stays in use while
 *                            auth-service cannot be reached
 * @param jwksRefetchInterval a token with an unknown {@code kid} refetches the JWKS at most once per interval
 * @param jwksFetchTimeout    longest wait for one JWKS fetch
 * @param verifiedTokenCacheSize reactive stacks: how many verified tokens are remembered (a token seen again
 *                            skips parsing and the RSA check, never the expiry check); 0 verifies every token
 *                            from scratch
 */
@ConfigurationProperties("xcord.security")
public record SecurityProperties(
        URI jwksUri,
        @DefaultValue("https://xcord.local") String issuer,
        @DefaultValue("xcord") String audience,
        @DefaultValue List<String> publicPaths,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("5m") Duration jwksCacheTtl,
        @DefaultValue("30s") Duration jwksRefetchInterval,
        @DefaultValue("2s") Duration jwksFetchTimeout,
        @DefaultValue("10000") int verifiedTokenCacheSize) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        if (verifiedTokenCacheSize < 0) {
            throw new IllegalArgumentException("xcord.security.verified-token-cache-size must not be negative");
        }
    }
}
