package com.xcord.servicekit.consumer;

import com.xcord.events.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies an event's effect at most once per consumer: the event id is recorded in the same
 * transaction as the effect, so a redelivery (or a concurrent duplicate, which waits on the
 * primary key) is skipped, and a failed effect leaves no record and can be retried.
 */
public class IdempotentConsumer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    /** {@code xcord.consumer.duplicates.skipped} by consumer name (a constant in code: a handful per service). */
    private final Map<String, Counter> skipped = new ConcurrentHashMap<>();

    public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this(jdbc, transactions, null);
    }

    /** @param meters where redeliveries skipped are counted; null counts nothing */
    public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.meters = meters;
    }

    /**
     * Runs {@code effect} in a transaction (joining the caller's, if any) unless {@code consumer}
     * already handled this event. Returns true if the effect ran.
     */
    public boolean handleOnce(String consumer, EventEnvelope<?> event, Runnable effect) {
        Boolean ran = transactions.execute(status -> {
            int inserted = jdbc.update(
                    "INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    consumer, event.id());
            if (inserted == 0) {
                return false;
            }
            effect.run();
            return true;
        });
        boolean applied = Boolean.TRUE.equals(ran);
        if (!applied && meters != null) {
            skipped.computeIfAbsent(consumer, name -> Counter.builder("xcord.consumer.duplicates.skipped")
                    .description("events this consumer had already applied (redeliveries), skipped")
                    .tag("consumer", name)
                    .register(meters)).increment();
        }
        return applied;
    }
}
