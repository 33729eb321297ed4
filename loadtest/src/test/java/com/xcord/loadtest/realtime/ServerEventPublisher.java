package com.xcord.loadtest.realtime;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerEvents;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes server-service's events to Kafka as its outbox relay would (same topics, keys, envelopes and
 * payload records), so that realtime-service can be driven without server-service and its database.
 */
final class ServerEventPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final EventCodec codec = new EventCodec();

    ServerEventPublisher(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("key.serializer", StringSerializer.class);
        properties.put("value.serializer", StringSerializer.class);
        properties.put("acks", "all");
        properties.put("linger.ms", 5);
        producer = new KafkaProducer<>(properties);
    }

    /** Server and channel, waiting for the broker's acknowledgement: realtime must see them before members join. */
    void serverWithChannel(String serverId, String channelId, String ownerId) {
        Instant now = Instant.now();
        awaitAck(ServerEvents.SERVER_CREATED, serverId, new ServerCreated(serverId, ownerId, "fan-out", null, null, now));
        awaitAck(ServerEvents.CHANNEL_CREATED, serverId,
                new ChannelCreated(serverId, channelId, "text", "general", null, null, 0, 0, List.of(), now));
    }

    /** Batched; {@link #flush()} to wait for them. */
    void memberJoined(String serverId, String userId) {
        producer.send(record(ServerEvents.MEMBER_JOINED, serverId, new MemberJoined(serverId, userId, "bench", Instant.now())));
    }

    /** Sends at once (no linger); keyed by server as server-service keys its messages. */
    void messageCreated(String serverId, String channelId, String messageId, String authorId, String content) {
        producer.send(record(ServerEvents.MESSAGE_CREATED, serverId, new MessageCreated(serverId, channelId, messageId,
                authorId, content, List.of(), List.of(), false, List.of(), null, Instant.now())));
        producer.flush();
    }

    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    private <T> void awaitAck(EventType<T> type, String key, T payload) {
        try {
            producer.send(record(type, key, payload)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused " + type.name(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> ProducerRecord<String, String> record(EventType<T> type, String key, T payload) {
        return new ProducerRecord<>(type.topic(), key,
                codec.encode(EventEnvelope.of(UUID.randomUUID().toString(), type, "loadtest", Instant.now(), key, payload)));
    }
}
