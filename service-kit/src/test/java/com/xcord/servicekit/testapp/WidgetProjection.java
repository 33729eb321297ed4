package com.xcord.servicekit.testapp;

import com.xcord.events.EventEnvelope;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Consumers of the test service's own events, applying each effect once. */
@Component
public class WidgetProjection {

    public static final String CONSUMER = "widget-projection";
    public static final String PROBE_CONSUMER = "probe-projection";

    private final IdempotentConsumer once;
    private final JdbcTemplate jdbc;
    private final Map<String, AtomicInteger> probeAttempts = new ConcurrentHashMap<>();

    WidgetProjection(IdempotentConsumer once, JdbcTemplate jdbc) {
        this.once = once;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = WidgetEvents.TOPIC, groupId = "servicekit-test-widgets")
    void on(EventEnvelope<?> event) {
        JsonNode data = (JsonNode) event.data();
        Long seq = data.has("seq") ? data.get("seq").asLong() : null;
        once.handleOnce(CONSUMER, event, () -> jdbc.update(
                "INSERT INTO widget_seen (consumer, event_id, subject, seq) VALUES (?, ?, ?, ?)",
                CONSUMER, event.id(), event.subject(), seq));
    }

    @KafkaListener(topics = WidgetEvents.POISON_TOPIC, groupId = "servicekit-test-probes")
    void onProbe(EventEnvelope<?> event) {
        JsonNode data = (JsonNode) event.data();
        probeAttempts.computeIfAbsent(data.path("name").asString(), k -> new AtomicInteger()).incrementAndGet();
        if (data.path("fail").asBoolean()) {
            throw new IllegalStateException("probe " + data.path("name").asString() + " always fails");
        }
        once.handleOnce(PROBE_CONSUMER, event, () -> jdbc.update(
                "INSERT INTO widget_seen (consumer, event_id, subject) VALUES (?, ?, ?)",
                PROBE_CONSUMER, event.id(), data.path("name").asString()));
    }

    public int probeAttempts(String name) {
        AtomicInteger n = probeAttempts.get(name);
        return n == null ? 0 : n.get();
    }
}
