package com.xcord.dm.support;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
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

/** Reads {@code xcord.dm.events} with a plain consumer from the start, as realtime or notification would. */
public final class DmEventsProbe implements AutoCloseable {

    private static final EventCodec CODEC = new EventCodec();

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public DmEventsProbe(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dm-tests-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of(Topics.DM));
    }

    /** Polls for a while and returns every event seen so far whose key is {@code key}, in topic order. */
    public List<EventEnvelope<?>> eventsKeyed(String key, Duration pollFor) {
        long end = System.nanoTime() + pollFor.toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        List<EventEnvelope<?>> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : seen) {
            if (key.equals(record.key())) {
                events.add(CODEC.decode(record.value()));
            }
        }
        return events;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
