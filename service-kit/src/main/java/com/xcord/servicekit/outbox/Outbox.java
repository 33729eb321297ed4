package com.xcord.servicekit.outbox;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;

/**
 * The transactional outbox: {@link #publish} writes the event in the caller's transaction
 * (it refuses to run outside one, like {@code Propagation.MANDATORY}); once that transaction
 * commits, the relay is woken and sends it to Kafka within milliseconds. The trace the caller is in travels with
 * the row ({@link OutboxTraceContext}).
 */
public class Outbox {

    private static final Object WAKE_UP_REGISTERED = new Object();

    private final JdbcTemplate jdbc;
    private final SnowflakeIds ids;
    private final EventCodec codec;
    private final String source;
    private final Runnable wakeUp;

    public Outbox(JdbcTemplate jdbc, SnowflakeIds ids, EventCodec codec, String source, Runnable wakeUp) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.codec = codec;
        this.source = source;
        this.wakeUp = wakeUp;
    }

    /**
     * Records an event about {@code subject} (the aggregate id; also the Kafka key, so events
     * of one subject stay in order). Returns the envelope as it will be sent.
     */
    public <T> EventEnvelope<T> publish(EventType<T> type, String subject, T payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalTransactionStateException(
                    "Outbox.publish must run inside the transaction that changes the state it reports");
        }
        EventEnvelope<T> envelope = EventEnvelope.of(Ids.format(ids.next()), type, source, Instant.now(), subject,
                payload);
        jdbc.update("INSERT INTO outbox_event (topic, msg_key, payload, trace_parent) VALUES (?, ?, ?, ?)", type.topic(),
                subject, codec.encode(envelope), OutboxTraceContext.current());
        wakeRelayAfterCommit();
        return envelope;
    }

    private void wakeRelayAfterCommit() {
        if (TransactionSynchronizationManager.hasResource(WAKE_UP_REGISTERED)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeUp.run();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(WAKE_UP_REGISTERED);
            }
        });
    }
}
