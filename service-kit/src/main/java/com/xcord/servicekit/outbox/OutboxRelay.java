package com.xcord.servicekit.outbox;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Sends outbox rows to Kafka. One thread per instance; a Postgres advisory lock makes one
 * replica relay at a time, so rows go out in id order and per-key order holds. Rows are
 * deleted only once Kafka acknowledged them (acks=all); on the first failure the rest of
 * the batch stays for the next attempt (with backoff). The thread wakes on every commit
 * that published (milliseconds) and at least every sweep interval (crash leftovers,
 * broker outages). Delivery is at-least-once: consumers deduplicate by event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration LOCK_BUSY_RETRY = Duration.ofMillis(20);
    private static final Duration MIN_BACKOFF = Duration.ofMillis(100);

    enum Outcome { DRAINED, BUSY, FAILED }

    private record Row(long id, String topic, String key, String payload, Timestamp createdAt, String traceParent) {
    }

    private final DataSource dataSource;
    private final Supplier<Producer<String, String>> producers;
    private final long lockKey;
    private final int batchSize;
    private final Duration sweepInterval;
    private final Duration sendTimeout;
    private final Duration maxBackoff;
    private final MeterRegistry meters;
    private final Timer latency;
    /** {@code xcord.outbox.relayed} by topic: a service publishes to one or two topics, so the map stays tiny. */
    private final Map<String, Counter> relayed = new ConcurrentHashMap<>();
    private KafkaClientMetrics producerMetrics;

    private final AtomicBoolean signal = new AtomicBoolean();
    private volatile boolean running;
    private volatile Thread thread;
    private Producer<String, String> producer;
    private volatile boolean outage;
    private int failures;

    public OutboxRelay(DataSource dataSource, Supplier<Producer<String, String>> producers, String schema,
            int batchSize, Duration sweepInterval, Duration sendTimeout, Duration maxBackoff, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.producers = producers;
        this.lockKey = lockKey(schema);
        this.batchSize = batchSize;
        this.sweepInterval = sweepInterval;
        this.sendTimeout = sendTimeout;
        this.maxBackoff = maxBackoff;
        this.meters = meters;
        // xcord.outbox.lag is the gauge of the oldest unsent event (OutboxBacklog); this is each event's trip
        this.latency = meters == null ? null : Timer.builder("xcord.outbox.relay.latency")
                .description("outbox insert (commit) to Kafka acknowledgement")
                .publishPercentiles(0.5, 0.99, 0.999)
                .register(meters);
    }

    /** Called after a commit that published events: relay now instead of at the next sweep. */
    public void wakeUp() {
        signal.set(true);
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** True while deliveries fail (from the first failed attempt until a pass drains the outbox). */
    public boolean isDeliveryFailing() {
        return outage;
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::loop, "xcord-outbox-relay");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(sendTimeout.toMillis() + 2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
        closeProducer(Duration.ofSeconds(2));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            Outcome outcome;
            try {
                outcome = relayOnce();
            } catch (Exception e) {
                outcome = Outcome.FAILED;
                reportFailure(e);
            }
            switch (outcome) {
                case DRAINED -> {
                    reportRecovery();
                    backoff = Duration.ZERO;
                    await(sweepInterval, true);
                }
                case BUSY -> await(LOCK_BUSY_RETRY, false);
                case FAILED -> {
                    backoff = backoff.isZero() ? MIN_BACKOFF : min(backoff.multipliedBy(2), maxBackoff);
                    await(backoff, false);
                }
            }
        }
    }

    /** One pass: under the advisory lock, send and delete rows in id order until none are left. */
    Outcome relayOnce() throws SQLException {
        signal.set(false);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!tryLock(connection)) {
                return Outcome.BUSY;
            }
            boolean unlocked = false;
            try {
                while (running) {
                    List<Row> rows = unsent(connection);
                    if (rows.isEmpty()) {
                        return Outcome.DRAINED;
                    }
                    int acked = send(rows);
                    if (acked > 0) {
                        delete(connection, rows.subList(0, acked));
                    }
                    if (acked < rows.size()) {
                        return Outcome.FAILED;
                    }
                }
                return Outcome.DRAINED;
            } finally {
                try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, lockKey);
                    unlock.execute();
                    unlocked = true;
                } finally {
                    if (!unlocked) {
                        evict(connection);
                    }
                }
            }
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, lockKey);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private List<Row> unsent(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, topic, msg_key, payload, created_at, trace_parent FROM outbox_event ORDER BY id LIMIT ?")) {
            select.setInt(1, batchSize);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5), rs.getString(6)));
                }
            }
            return rows;
        }
    }

    /** Sends the rows in order and returns how many, from the first, Kafka acknowledged. */
    private int send(List<Row> rows) {
        Producer<String, String> p = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        Exception sendFailure = null;
        for (Row row : rows) {
            // in the publishing request's trace: the agent's producer span is its child and writes its traceparent header
            try (Scope trace = OutboxTraceContext.restore(row.traceParent())) {
                acks.add(p.send(new ProducerRecord<>(row.topic(), row.key(), row.payload())));
            } catch (RuntimeException e) {
                sendFailure = e;
                break;
            }
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        int acked = 0;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                recordAck(rows.get(acked));
                acked++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return acked;
            } catch (ExecutionException | TimeoutException e) {
                reportFailure(e instanceof ExecutionException ? (Exception) e.getCause() : e);
                if (!(e instanceof TimeoutException) && !(e.getCause() instanceof
                        org.apache.kafka.common.errors.RetriableException)) {
                    closeProducer(Duration.ZERO); // fatal for an idempotent producer: start a fresh one
                }
                return acked;
            }
        }
        if (sendFailure != null) {
            reportFailure(sendFailure);
        }
        return acked;
    }

    private void recordAck(Row row) {
        if (meters != null) {
            latency.record(Math.max(0, System.currentTimeMillis() - row.createdAt().getTime()), TimeUnit.MILLISECONDS);
            relayed.computeIfAbsent(row.topic(), topic -> Counter.builder("xcord.outbox.relayed")
                    .description("outbox events acknowledged by Kafka")
                    .tag("topic", topic)
                    .register(meters)).increment();
        }
    }

    private void delete(Connection connection, List<Row> rows) throws SQLException {
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Array array = connection.createArrayOf("bigint", ids);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_event WHERE id = ANY(?)")) {
            delete.setArray(1, array);
            delete.executeUpdate();
        } finally {
            array.free();
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = producers.get();
            if (meters != null) {
                // kafka_producer_* for the relay's own producer (Boot only instruments the factories it builds)
                producerMetrics = new KafkaClientMetrics(producer);
                producerMetrics.bindTo(meters);
            }
        }
        return producer;
    }

    private void closeProducer(Duration timeout) {
        Producer<String, String> p = producer;
        producer = null;
        if (producerMetrics != null) {
            producerMetrics.close();
            producerMetrics = null;
        }
        if (p != null) {
            try {
                p.close(timeout);
            } catch (RuntimeException e) {
                log.debug("closing the outbox producer failed: {}", e.toString());
            }
        }
    }

    /** Logged once per outage, not per row or attempt. */
    private void reportFailure(Exception e) {
        failures++;
        if (!outage) {
            outage = true;
            log.warn("outbox relay cannot deliver (Kafka or the database is unavailable); retrying with backoff, nothing is lost: {}",
                    e.toString());
        } else {
            log.debug("outbox relay attempt {} failed: {}", failures, e.toString());
        }
    }

    private void reportRecovery() {
        if (outage) {
            log.info("outbox relay delivers again after {} failed attempts", failures);
            outage = false;
            failures = 0;
        }
    }

    /** Sleeps for the duration, or until woken by a commit if {@code wakeOnSignal}. */
    private void await(Duration duration, boolean wakeOnSignal) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (running) {
            if (wakeOnSignal && signal.get()) {
                return;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return;
            }
            LockSupport.parkNanos(this, remaining);
        }
    }

    private void evict(Connection connection) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("could not evict connection: {}", e.toString());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** One advisory lock per schema, so services sharing a database do not block each other. */
    static long lockKey(String schema) {
        return 0x58434F5200000000L | (("xcord-outbox:" + schema).hashCode() & 0xFFFFFFFFL);
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
