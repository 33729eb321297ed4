package com.xcord.reactiveauth;

import com.xcord.edge.SecurityProperties;
import com.xcord.edge.revocation.RevokedSessions;
import com.xcord.edge.revocation.SessionRevocationAutoConfiguration;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Token verification for a reactive service from {@code xcord.security.*}: the JWKS cache (started with the
 * context, closed with it) and the verifier, on the service's {@link Clock} bean if it has one (tests move it).
 */
@AutoConfiguration(after = SessionRevocationAutoConfiguration.class)
@EnableConfigurationProperties(SecurityProperties.class)
public class ReactiveAuthAutoConfiguration {

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnMissingBean
    JwksCache jwksCache(SecurityProperties properties) {
        return new JwksCache(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    AccessTokenVerifier accessTokenVerifier(JwksCache jwksCache, ObjectProvider<Clock> clock,
            SecurityProperties properties, ObjectProvider<RevokedSessions> revokedSessions) {
        return new AccessTokenVerifier(jwksCache, clock.getIfAvailable(Clock::systemUTC), properties,
                revokedSessions.getIfAvailable());
    }

    /** {@code xcord_jwks_fetch_failures_total}, where the service has Micrometer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class JwksMetrics {

        @Bean
        MeterBinder xcordReactiveJwksMeters(JwksCache jwksCache) {
            return meters -> FunctionCounter.builder("xcord.jwks.fetch.failures", jwksCache, JwksCache::fetchFailures)
                    .description("fetches of auth-service's JWKS that failed (the last good keys stay in use)")
                    .register(meters);
        }
    }
}
