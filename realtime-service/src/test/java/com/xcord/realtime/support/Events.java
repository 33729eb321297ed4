package com.xcord.realtime.support;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.Topics;
import com.xcord.testkit.TestInfrastructure;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes real event envelopes to the test Kafka, as the producing services' outboxes do. */
public final class Events {

    private static final EventCodec CODEC = new EventCodec();
    private static KafkaProducer<String, String> producer;

    /** The topics exist before any realtime replica starts (as they do in the fleet). */
    public static synchronized void ensureTopics() {
        if (producer != null) {
            return;
        }
        String bootstrap = TestInfrastructure.shared().kafka().bootstrapServers();
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(props)) {
            for (String topic : List.of(Topics.AUTH, Topics.SERVER, Topics.DM, Topics.FEED, Topics.NOTIFICATION,
                    Topics.LIVE)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(props);
    }

    /** Publishes with the aggregate id as key (and subject), waiting for the broker's ack. */
    public static <T> EventEnvelope<T> publish(EventType<T> type, String key, T payload) {
        return publish(UUID.randomUUID().toString(), type, key, payload);
    }

    /** As a service's outbox publishes it: the event id is a snowflake made now (its time is the event's time). */
    public static <T> EventEnvelope<T> publishAsOutbox(EventType<T> type, String key, T payload) {
        long snowflake = (System.currentTimeMillis() - Instant.parse("2025-01-01T00:00:00Z").toEpochMilli()) << 22;
        return publish(Long.toString(snowflake | ThreadLocalRandom.current().nextLong(1 << 22)), type, key, payload);
    }

    private static <T> EventEnvelope<T> publish(String eventId, EventType<T> type, String key, T payload) {
        ensureTopics();
        EventEnvelope<T> envelope = EventEnvelope.of(eventId, type, "test", Instant.now(), key, payload);
        try {
            producer.send(new ProducerRecord<>(type.topic(), key, CODEC.encode(envelope))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return envelope;
    }

    /** A fresh snowflake-like id, unique in this JVM's tests. */
    public static long newId() {
        return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 62);
    }

    private Events() {
    }
}
