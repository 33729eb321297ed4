package com.xcord.reactiveauth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What access-token validation needs; each service builds it from its own {@code xcord.security.*} properties.
 *
 * @param jwksUri             auth-service's JWKS
 * @param issuer              required {@code iss}
 * @param audience            required in {@code aud}
 * @param clockSkew           tolerance for {@code exp} / {@code nbf}
 * @param jwksCacheTtl        the JWKS is refreshed in the background this often; the last good copy
 *                            stays in use while auth-service cannot be reached
 * @param jwksRefetchInterval a token with an unknown {@code kid} refetches the JWKS at most once per interval
 * @param jwksFetchTimeout    longest wait for one JWKS fetch
 * @param verifiedTokenCacheSize how many verified tokens are remembered, so that a token seen again skips
 *                            parsing and the RSA check; 0 verifies every token from scratch
 */
public record TokenVerificationSettings(
        URI jwksUri,
        String issuer,
        String audience,
        Duration clockSkew,
        Duration jwksCacheTtl,
        Duration jwksRefetchInterval,
        Duration jwksFetchTimeout,
        int verifiedTokenCacheSize) {

    /** Enough for the tokens of ten thousand active users; about 1 KB each. */
    public static final int DEFAULT_VERIFIED_TOKEN_CACHE_SIZE = 10_000;

    /** With the default cache of verified tokens. */
    public TokenVerificationSettings(URI jwksUri, String issuer, String audience, Duration clockSkew,
            Duration jwksCacheTtl, Duration jwksRefetchInterval, Duration jwksFetchTimeout) {
        this(jwksUri, issuer, audience, clockSkew, jwksCacheTtl, jwksRefetchInterval, jwksFetchTimeout,
                DEFAULT_VERIFIED_TOKEN_CACHE_SIZE);
    }

    public TokenVerificationSettings {
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(jwksCacheTtl, "jwksCacheTtl");
        Objects.requireNonNull(jwksRefetchInterval, "jwksRefetchInterval");
        Objects.requireNonNull(jwksFetchTimeout, "jwksFetchTimeout");
        if (verifiedTokenCacheSize < 0) {
            throw new IllegalArgumentException("verifiedTokenCacheSize must not be negative");
        }
    }
}
