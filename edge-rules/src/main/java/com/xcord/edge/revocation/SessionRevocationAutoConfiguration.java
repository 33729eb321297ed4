package com.xcord.edge.revocation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The ended-session set and its feed, for every Spring Boot service that checks access tokens: service-kit's
 * decoder and reactive-auth's verifier consult the {@link RevokedSessions} bean when there is one.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "xcord.security.revocations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SessionRevocationProperties.class)
public class SessionRevocationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RevokedSessions revokedSessions(SessionRevocationProperties properties, ObjectProvider<Clock> clock) {
        return new RevokedSessions(properties.rememberFor(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnMissingBean
    SessionRevocationFeed sessionRevocationFeed(RevokedSessions revoked, SessionRevocationProperties properties,
            Environment environment, ObjectProvider<Clock> clock) {
        String servers = properties.bootstrapServers() != null ? properties.bootstrapServers()
                : environment.getProperty("spring.kafka.bootstrap-servers", "localhost:9092");
        String clientId = "session-revocations-" + environment.getProperty("spring.application.name", "xcord");
        return new SessionRevocationFeed(revoked, servers, properties.topic(), clientId,
                clock.getIfAvailable(Clock::systemUTC));
    }

    /** {@code xcord_session_revocations_known}: the ended sessions this process remembers, where it has Micrometer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class RevocationMetrics {

        @Bean
        MeterBinder xcordSessionRevocationMeters(RevokedSessions revoked) {
            return meters -> Gauge.builder("xcord.session.revocations.known", revoked, RevokedSessions::size)
                    .description("ended sessions this process remembers (tokens of them are refused)")
                    .register(meters);
        }
    }
}
