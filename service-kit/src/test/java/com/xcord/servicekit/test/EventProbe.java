package com.xcord.servicekit.test;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads one topic with a plain Kafka consumer, as another service would, to assert what a
 * service published. Every record is decoded with {@link EventCodec} and kept with the key it
 * travelled under, in arrival order; the queries pick a test's own events out of that record
 * (tests use fresh users, servers, posts… so they select by id).
 * <pre>
 * try (EventProbe probe = EventProbe.fromStart(kafka, Topics.DM)) {
 *     probe.awaitUntil(r -&gt; key.equals(r.key()), seen -&gt; assertThat(seen).hasSize(2));
 *     List&lt;Received&gt; events = probe.settle(Duration.ofSeconds(1), r -&gt; key.equals(r.key()));
 * }
 * </pre>
 * Waiting is bounded by {@link #TIMEOUT}. Use a probe from one thread at a time.
 */
public final class EventProbe implements AutoCloseable {

    /** How long the {@code await…} methods wait before failing. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final EventCodec CODEC = new EventCodec();
    private static final Duration POLL = Duration.ofMillis(100);

    /** An event with the Kafka key it travelled under. */
    public record Received(String key, EventEnvelope<?> event) {

        public String type() {
            return event.type();
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    private EventProbe(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    /**
     * Reads the topic from its first offset: everything ever published on it in this test run
     * is seen, including what was published before the probe was opened.
     */
    public static EventProbe fromStart(String bootstrapServers, String topic) {
        Map<String, Object> config = config(bootstrapServers);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // the topic may not exist before the first event: notice it quickly
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
        return new EventProbe(consumer);
    }

    /** Reads only what is published after this returns (the topic's current end is fixed now). */
    public static EventProbe fromNow(String bootstrapServers, String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config(bootstrapServers));
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve the end offsets now, before the action
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
        return new EventProbe(consumer);
    }

    private static Map<String, Object> config(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "event-probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    /**
     * Waits for the first event of this type whose payload matches, and returns it. It must have
     * travelled under its subject as key, as the outbox publishes it (checked here).
     */
    public <T> EventEnvelope<T> awaitFirst(EventType<T> type, Predicate<? super T> matching) {
        Predicate<Received> wanted = r -> r.event().is(type) && matching.test(r.event().dataAs(type));
        Received first = waiting()
                .until(() -> {
                    poll(POLL);
                    return received.stream().filter(wanted).findFirst();
                }, Optional::isPresent)
                .orElseThrow();
        assertThat(first.key()).as("Kafka key of %s", first.event()).isEqualTo(first.event().subject());
        @SuppressWarnings("unchecked") // is(type) held, so the payload is a T
        EventEnvelope<T> event = (EventEnvelope<T>) first.event();
        return event;
    }

    /**
     * Keeps reading until the events selected by {@code which}, in arrival order, satisfy the
     * assertion, and returns them.
     */
    public List<Received> awaitUntil(Predicate<? super Received> which, Consumer<? super List<Received>> assertion) {
        waiting().untilAsserted(() -> {
            poll(POLL);
            assertion.accept(received(which));
        });
        return received(which);
    }

    /**
     * Keeps reading for {@code quiet} (to catch events that should not be there, or late ones),
     * then returns the events selected by {@code which}, in arrival order.
     */
    public List<Received> settle(Duration quiet, Predicate<? super Received> which) {
        long until = System.nanoTime() + quiet.toNanos();
        for (long left = quiet.toNanos(); left > 0; left = until - System.nanoTime()) {
            poll(Duration.ofNanos(Math.min(left, POLL.toNanos())));
        }
        return received(which);
    }

    /** The events read so far that {@code which} selects, in arrival order, without reading more. */
    public List<Received> received(Predicate<? super Received> which) {
        return received.stream().filter(which).toList();
    }

    /** The consumer is not thread-safe: Awaitility evaluates on the test thread, not its own. */
    private static ConditionFactory waiting() {
        return await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(50)).pollInSameThread();
    }

    private void poll(Duration timeout) {
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            received.add(new Received(record.key(), CODEC.decode(record.value())));
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
