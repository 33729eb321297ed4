package com.xcord.search.support;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Plays the producers (auth-, server-, dm- and feed-service): publishes their events, encoded by the shared codec,
 * on their topics with their keys, as their outboxes would.
 */
public final class ProducerEvents {

    private static final EventCodec CODEC = new EventCodec();
    private static volatile ProducerEvents shared;

    private final KafkaProducer<String, String> producer;

    private ProducerEvents(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** One producer per test JVM (the broker is one per JVM too). */
    static ProducerEvents shared(String bootstrapServers) {
        if (shared == null) {
            synchronized (ProducerEvents.class) {
                if (shared == null) {
                    shared = new ProducerEvents(bootstrapServers);
                }
            }
        }
        return shared;
    }

    /** Publishes one event keyed by {@code key} (the aggregate its producer keys by) and waits for the broker's ack. */
    public <T> EventEnvelope<T> publish(EventType<T> type, long key, T payload) {
        String source = switch (type.topic()) {
            case "xcord.auth.events" -> "auth-service";
            case "xcord.server.events" -> "server-service";
            case "xcord.dm.events" -> "dm-service";
            case "xcord.feed.events" -> "feed-service";
            default -> "media-service";
        };
        EventEnvelope<T> envelope = EventEnvelope.of(UUID.randomUUID().toString(), type, source, Instant.now(),
                Long.toString(key), payload);
        try {
            producer.send(new ProducerRecord<>(type.topic(), envelope.subject(), CODEC.encode(envelope))).get();
            return envelope;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
