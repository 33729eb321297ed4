package com.xcord.servicekit.outbox;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * What the outbox holds that Kafka has not acknowledged yet: how many rows and how old the oldest is, read from
 * the table (the relay deletes a row once Kafka acknowledged it). Every replica of a service reads the same
 * table, so each reports the same numbers: aggregate them with {@code max}, not {@code sum}. A reading is reused
 * for a second, so the gauges, the health check and a burst of scrapes cost one query.
 */
public class OutboxBacklog {

    /** The backlog at one moment; {@code oldest} is zero when the outbox is empty. */
    public record Snapshot(long pending, Duration oldest) {
        static final Snapshot EMPTY = new Snapshot(0, Duration.ZERO);
    }

    private static final long REUSE_NANOS = Duration.ofSeconds(1).toNanos();

    private final JdbcTemplate jdbc;
    private volatile Snapshot last;
    private volatile long lastReadNanos;

    public OutboxBacklog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The backlog now (at most a second old); throws when the database cannot be read. */
    public Snapshot snapshot() {
        Snapshot cached = last;
        if (cached != null && System.nanoTime() - lastReadNanos < REUSE_NANOS) {
            return cached;
        }
        // the age on the database's clock, the one created_at was written with
        Snapshot read = jdbc.queryForObject(
                "SELECT count(*), coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0) FROM outbox_event",
                (rs, row) -> new Snapshot(rs.getLong(1),
                        Duration.ofNanos(Math.max(0, (long) (rs.getDouble(2) * 1_000_000_000d)))));
        Snapshot result = read == null ? Snapshot.EMPTY : read;
        last = result;
        lastReadNanos = System.nanoTime();
        return result;
    }
}
