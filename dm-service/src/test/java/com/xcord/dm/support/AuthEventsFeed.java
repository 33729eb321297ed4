package com.xcord.dm.support;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Plays auth-service: publishes its events on {@code xcord.auth.events}, as it would through its outbox. */
public final class AuthEventsFeed {

    private static final EventCodec CODEC = new EventCodec();
    private static volatile AuthEventsFeed shared;

    private final KafkaProducer<String, String> producer;

    private AuthEventsFeed(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** One producer per test JVM (the broker is one per JVM too). */
    static AuthEventsFeed shared(String bootstrapServers) {
        if (shared == null) {
            synchronized (AuthEventsFeed.class) {
                if (shared == null) {
                    shared = new AuthEventsFeed(bootstrapServers);
                }
            }
        }
        return shared;
    }

    /** Publishes one event about {@code userId} (the key auth-service uses) and waits for the broker's ack. */
    public <T> EventEnvelope<T> publish(EventType<T> type, long userId, T payload) {
        EventEnvelope<T> envelope = EventEnvelope.of(UUID.randomUUID().toString(), type, "auth-service",
                Instant.now(), Long.toString(userId), payload);
        return publish(envelope);
    }

    public <T> EventEnvelope<T> publish(EventEnvelope<T> envelope) {
        try {
            producer.send(new ProducerRecord<>(Topics.AUTH, envelope.subject(), CODEC.encode(envelope))).get();
            return envelope;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
