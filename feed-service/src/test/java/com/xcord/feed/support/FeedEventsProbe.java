package com.xcord.feed.support;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads {@code xcord.feed.events} as another service would. Opened before an action, it sees
 * only what was published after it was opened.
 */
public final class FeedEventsProbe implements AutoCloseable {

    private static final EventCodec CODEC = new EventCodec();

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    /** An event with the key it travelled under. */
    public record Received(String key, EventEnvelope<?> event) {
    }

    public FeedEventsProbe(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "feed-tests-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.FEED, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before the action
    }

    /** Polls for {@code duration} and returns everything received so far whose subject is one of these (all of it if none is given). */
    public List<Received> collect(Duration duration, String... subjects) {
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                received.add(new Received(record.key(), CODEC.decode(record.value())));
            }
        }
        List<String> wanted = List.of(subjects);
        if (wanted.isEmpty()) {
            return List.copyOf(received);
        }
        return received.stream().filter(r -> wanted.contains(r.event().subject())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
