package com.xcord.gateway;

import com.xcord.gateway.auth.SecurityProperties;
import com.xcord.reactiveauth.AccessTokenVerifier;
import com.xcord.reactiveauth.JwksCache;
import com.xcord.reactiveauth.TokenVerificationSettings;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock token expiry is checked against (a bean so tests can move time instead of waiting for it), and
 * the access-token verification built on it from {@code xcord.security.*}.
 */
@Configuration(proxyBeanMethods = false)
class GatewayClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    JwksCache jwksCache(SecurityProperties properties) {
        return new JwksCache(settings(properties));
    }

    @Bean
    AccessTokenVerifier accessTokenVerifier(JwksCache jwksCache, Clock clock, SecurityProperties properties) {
        return new AccessTokenVerifier(jwksCache, clock, settings(properties));
    }

    private static TokenVerificationSettings settings(SecurityProperties p) {
        return new TokenVerificationSettings(p.jwksUri(), p.issuer(), p.audience(), p.clockSkew(), p.jwksCacheTtl(),
                p.jwksRefetchInterval(), p.jwksFetchTimeout(), p.verifiedTokenCacheSize());
    }
}
