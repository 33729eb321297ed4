package com.xcord.notification.support;

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

/** Plays the producing services: publishes their events on their topics, as their outboxes would. */
public final class Producers {

    private static final EventCodec CODEC = new EventCodec();
    private static volatile Producers shared;

    private final KafkaProducer<String, String> producer;

    private Producers(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    static Producers shared(String bootstrapServers) {
        if (shared == null) {
            synchronized (Producers.class) {
                if (shared == null) {
                    shared = new Producers(bootstrapServers);
                }
            }
        }
        return shared;
    }

    /** Publishes one event with this key (the aggregate its producer keys it by) and waits for the broker's ack. */
    public <T> EventEnvelope<T> publish(EventType<T> type, String key, T payload) {
        String source = switch (type.topic()) {
            case "xcord.auth.events" -> "auth-service";
            case "xcord.feed.events" -> "feed-service";
            case "xcord.dm.events" -> "dm-service";
            case "xcord.server.events" -> "server-service";
            case "xcord.live.events" -> "live-service";
            default -> "test";
        };
        return publish(EventEnvelope.of(UUID.randomUUID().toString(), type, source, Instant.now(), key, payload),
                type.topic());
    }

    /** Publishes the envelope again: a redelivery. */
    public <T> EventEnvelope<T> publish(EventEnvelope<T> envelope, String topic) {
        try {
            producer.send(new ProducerRecord<>(topic, envelope.subject(), CODEC.encode(envelope))).get();
            return envelope;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
