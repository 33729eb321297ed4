package com.xcord.server.support;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.testkit.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * Reads {@code xcord.server.events} from the beginning with a plain consumer, as realtime or
 * search would. Tests use fresh servers, so they pick their own events out by server id.
 */
public final class ServerEventLog implements AutoCloseable {

    /** One event with the Kafka key it travelled with. */
    public record Seen(String key, EventEnvelope<?> event) {

        public String type() {
            return event.type();
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final EventCodec codec = new EventCodec();
    private final List<Seen> seen = new ArrayList<>();

    public ServerEventLog() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "server-tests-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.SERVER));
    }

    /** Waits until the events about this server, in arrival order, satisfy the assertion. */
    public void awaitServer(String serverId, Consumer<List<Seen>> assertion) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            poll();
            assertion.accept(ofServer(serverId));
        });
    }

    /** Keeps reading for a while (to catch events that should not be there), then returns this server's. */
    public List<Seen> settle(String serverId, Duration quiet) {
        long until = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < until) {
            poll();
        }
        return ofServer(serverId);
    }

    private List<Seen> ofServer(String serverId) {
        return seen.stream().filter(s -> serverId.equals(serverIdOf(s.event().data()))).toList();
    }

    private static String serverIdOf(Object payload) {
        try {
            return (String) payload.getClass().getMethod("serverId").invoke(payload);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            seen.add(new Seen(record.key(), codec.decode(record.value())));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
