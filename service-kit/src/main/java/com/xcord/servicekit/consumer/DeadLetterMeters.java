package com.xcord.servicekit.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@code xcord.consumer.dead.letters{topic}}: records sent to {@code <topic>.dlt}, by source topic. Every topic a
 * listener reads gets its counter at 0 when the listeners start ({@link DeadLetterTopics}), so that the "any
 * dead letter" alert sees the first one as an increase rather than a series appearing at 1.
 */
public class DeadLetterMeters {

    /** The registry, looked up when first needed (the metrics auto-configuration may come after the kit's). */
    private final Supplier<MeterRegistry> meters;
    private final Map<String, Counter> byTopic = new ConcurrentHashMap<>();

    public DeadLetterMeters(Supplier<MeterRegistry> meters) {
        this.meters = meters;
    }

    void deadLettered(String topic) {
        Counter counter = counter(topic);
        if (counter != null) {
            counter.increment();
        }
    }

    void listening(Collection<String> topics) {
        topics.forEach(this::counter);
    }

    /** Null without a registry (Micrometer present, no registry configured). */
    private Counter counter(String topic) {
        Counter known = byTopic.get(topic);
        if (known != null) {
            return known;
        }
        MeterRegistry registry = meters.get();
        return registry == null ? null : byTopic.computeIfAbsent(topic, t -> Counter.builder("xcord.consumer.dead.letters")
                .description("records sent to <topic>.dlt after their retries (or undecodable)")
                .tag("topic", t)
                .register(registry));
    }
}
