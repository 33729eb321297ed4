package com.xcord.servicekit.consumer;

import com.xcord.events.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies an event's effect at most once per consumer: the event id is recorded in the same
 * transaction as the effect, so a redelivery (or a concurrent duplicate, which waits on the
 * primary key) is skipped, and a failed effect leaves no record and can be retried.
 */
public class IdempotentConsumer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
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
        return Boolean.TRUE.equals(ran);
    }
}
