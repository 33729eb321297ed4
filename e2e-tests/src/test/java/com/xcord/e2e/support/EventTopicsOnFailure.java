package com.xcord.e2e.support;

import com.xcord.testkit.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * When an end-to-end test fails, writes every event on the fleet's topics to
 * {@code target/fleet/<test>.events} (partition, offset, key, payload): whether the event was never
 * published, published late, or published and not delivered is then one look away.
 */
public final class EventTopicsOnFailure implements TestWatcher {

    private static final List<String> TOPICS = List.of("xcord.auth.events", "xcord.server.events", "xcord.dm.events");

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Path out = Path.of("target", "fleet", context.getRequiredTestMethod().getName() + ".events");
        try {
            Files.createDirectories(out.getParent());
            Files.write(out, dump());
        } catch (Exception e) {
            System.err.println("could not write " + out + ": " + e);
        }
    }

    private static List<String> dump() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafka().bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> lines = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(5))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    lines.add(r.topic() + "-" + r.partition() + "@" + r.offset() + " " + r.timestamp() + " key=" + r.key() + " " + r.value());
                }
            }
        }
        return lines;
    }
}
