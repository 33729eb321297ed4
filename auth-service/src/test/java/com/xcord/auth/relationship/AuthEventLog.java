package com.xcord.auth.relationship;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChanged;
import com.xcord.auth.relationship.TestUsers.TestUser;
import com.xcord.testkit.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * Reads {@code xcord.auth.events} from the beginning with a plain consumer and keeps the
 * relationship events. Tests use fresh users, so they pick their own events out by user id.
 * Used from the test thread only.
 */
final class AuthEventLog implements AutoCloseable {

    /** One relationship event and the subject (Kafka key) it travelled with. */
    record Seen(String subject, String key, RelationshipChanged change) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final EventCodec codec = new EventCodec();
    private final List<Seen> seen = new ArrayList<>();

    AuthEventLog() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "relationship-tests-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                // the topic may not exist before the first event: notice it quickly
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.AUTH));
    }

    /**
     * Waits until the relationship events between {@code a} and {@code b} (either direction),
     * in the order they arrived, satisfy {@code assertion}.
     */
    void awaitBetween(TestUser a, TestUser b, Consumer<List<Seen>> assertion) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            poll();
            assertion.accept(between(a, b));
        });
    }

    private List<Seen> between(TestUser a, TestUser b) {
        Set<String> pair = Set.of(a.id(), b.id());
        return seen.stream()
                .filter(s -> pair.contains(s.change().userId()) && pair.contains(s.change().targetUserId()))
                .toList();
    }

    private void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            EventEnvelope<?> envelope = codec.decode(record.value());
            if (envelope.is(AuthEvents.RELATIONSHIP_CHANGED)) {
                seen.add(new Seen(envelope.subject(), record.key(), envelope.dataAs(AuthEvents.RELATIONSHIP_CHANGED)));
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
