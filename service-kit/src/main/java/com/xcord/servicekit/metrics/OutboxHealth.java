package com.xcord.servicekit.metrics;

import com.xcord.servicekit.outbox.OutboxBacklog;
import com.xcord.servicekit.outbox.OutboxRelay;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;

/**
 * Whether the service's events get out: DOWN once Kafka has refused the relay's deliveries for long enough that
 * the oldest waiting event is older than {@link #UNREADY_AFTER} (the outbox-lag alert's threshold). A blip of a
 * few seconds does not take the service out of readiness (the outbox keeps the events, nothing is lost); a broker
 * that stays away does, so traffic moves to replicas or waits instead of piling up events nobody receives.
 */
final class OutboxHealth implements HealthIndicator {

    static final Duration UNREADY_AFTER = Duration.ofSeconds(30);

    private final OutboxRelay relay;
    private final OutboxBacklog backlog;

    OutboxHealth(OutboxRelay relay, OutboxBacklog backlog) {
        this.relay = relay;
        this.backlog = backlog;
    }

    @Override
    public Health health() {
        if (!relay.isDeliveryFailing()) {
            return Health.up().build();
        }
        OutboxBacklog.Snapshot now = backlog.snapshot();
        Health.Builder health = now.oldest().compareTo(UNREADY_AFTER) > 0 ? Health.down() : Health.up();
        return health.withDetail("delivery", "failing")
                .withDetail("pending", now.pending())
                .withDetail("oldestSeconds", now.oldest().toSeconds())
                .build();
    }
}
