package com.xcord.servicekit.metrics;

import com.xcord.servicekit.outbox.OutboxAutoConfiguration;
import com.xcord.servicekit.outbox.OutboxBacklog;
import com.xcord.servicekit.outbox.OutboxRelay;
import com.xcord.servicekit.security.JwksFetchFailures;
import com.xcord.servicekit.security.SecurityAutoConfiguration;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.ToDoubleFunction;

/**
 * The kit's domain metrics that are read rather than counted where they happen: the outbox backlog (gauges) and
 * the JWKS fetch failures; and the outbox's health, which the readiness group includes. The counters live where
 * the thing happens (outbox relay, idempotent consumer, dead-lettering). Names: docs/conventions.md "Metrics".
 */
@AutoConfiguration(after = {OutboxAutoConfiguration.class, SecurityAutoConfiguration.class})
@ConditionalOnClass(MeterBinder.class)
public class MetricsAutoConfiguration {

    /** {@code xcord_outbox_lag_seconds} (oldest unsent event's age, 0 when empty) and {@code xcord_outbox_pending}. */
    @Bean
    @ConditionalOnBean(OutboxBacklog.class)
    MeterBinder xcordOutboxBacklogMeters(OutboxBacklog backlog) {
        return meters -> {
            Gauge.builder("xcord.outbox.lag", backlog, orNaN(b -> b.snapshot().oldest().toNanos() / 1e9))
                    .description("age of the oldest outbox event Kafka has not acknowledged; 0 when the outbox is empty")
                    .baseUnit("seconds")
                    .register(meters);
            Gauge.builder("xcord.outbox.pending", backlog, orNaN(b -> b.snapshot().pending()))
                    .description("outbox events Kafka has not acknowledged yet")
                    .register(meters);
        };
    }

    @Bean
    @ConditionalOnBean(JwksFetchFailures.class)
    MeterBinder xcordJwksMeters(JwksFetchFailures failures) {
        return meters -> FunctionCounter.builder("xcord.jwks.fetch.failures", failures, JwksFetchFailures::count)
                .description("fetches of auth-service's JWKS that failed (the last good keys stay in use)")
                .register(meters);
    }

    /** A gauge that cannot be read (the database is down) shows no value rather than failing the scrape. */
    private static ToDoubleFunction<OutboxBacklog> orNaN(ToDoubleFunction<OutboxBacklog> read) {
        return backlog -> {
            try {
                return read.applyAsDouble(backlog);
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnBean({OutboxRelay.class, OutboxBacklog.class})
    static class OutboxHealthConfiguration {

        /** "outbox" in the health tree; the readiness group includes it (ServiceKitDefaults). */
        @Bean
        HealthIndicator outboxHealthIndicator(OutboxRelay relay, OutboxBacklog backlog) {
            return new OutboxHealth(relay, backlog);
        }
    }
}
