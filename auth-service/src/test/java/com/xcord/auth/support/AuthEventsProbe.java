package com.xcord.auth.support;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads {@code xcord.auth.events} with a plain consumer, as another service would. */
public final class AuthEventsProbe {

    private static final EventCodec CODEC = new EventCodec();

    private AuthEventsProbe() {
    }

    /** Waits until an event of the type whose payload matches arrives, and returns it. */
    public static <T> EventEnvelope<T> awaitEvent(String bootstrapServers, EventType<T> type, Predicate<T> matching) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "auth-tests-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.AUTH));
            List<EventEnvelope<T>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    EventEnvelope<?> envelope = CODEC.decode(record.value());
                    if (envelope.is(type)) {
                        T payload = envelope.dataAs(type);
                        if (matching.test(payload) && record.key().equals(envelope.subject())) {
                            found.add(new EventEnvelope<>(envelope.id(), envelope.type(), envelope.source(),
                                    envelope.time(), envelope.subject(), envelope.version(), payload));
                        }
                    }
                }
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

}
