package com.xcord.reactiveauth;

import com.xcord.edge.SecurityProperties;
import com.xcord.edge.revocation.RevokedSessions;
import com.xcord.edge.revocation.SessionRevocationAutoConfiguration;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

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
}
