package com.xcord.servicekit.id;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * 64-bit time-ordered ids: 42 bits of milliseconds since {@link #EPOCH}, 10 worker bits,
 * 12 sequence bits. Lock-free (one CAS on packed {@code (millis, sequence)} state) and
 * monotonic per instance: if the wall clock steps back, ids keep counting from the last
 * millisecond used instead of repeating; if a millisecond's 4096 sequence values run out,
 * the next millisecond is borrowed.
 */
public class SnowflakeIds {

    public static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    public static final int WORKER_BITS = 10;
    public static final int SEQUENCE_BITS = 12;
    public static final int MAX_WORKER = (1 << WORKER_BITS) - 1;
    private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;
    private static final long EPOCH_MILLIS = EPOCH.toEpochMilli();
    private static final long BACKWARDS_WARN_MILLIS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(SnowflakeIds.class);

    private final LongSupplier clock;
    private final AtomicLong state = new AtomicLong();
    private volatile long workerBits;

    public SnowflakeIds(int workerId) {
        this(workerId, System::currentTimeMillis);
    }

    public SnowflakeIds(int workerId, LongSupplier clock) {
        this.clock = clock;
        setWorkerId(workerId);
    }

    public long next() {
        while (true) {
            long prev = state.get();
            long prevMillis = prev >>> SEQUENCE_BITS;
            long now = clock.getAsLong() - EPOCH_MILLIS;
            long millis;
            long sequence;
            if (now > prevMillis) {
                millis = now;
                sequence = 0;
            } else {
                if (prevMillis - now > BACKWARDS_WARN_MILLIS && (prev & SEQUENCE_MASK) == 0) {
                    log.warn("clock is {} ms behind the last id; continuing from the last id", prevMillis - now);
                }
                millis = prevMillis;
                sequence = (prev & SEQUENCE_MASK) + 1;
                if (sequence > SEQUENCE_MASK) {
                    millis++;
                    sequence = 0;
                }
            }
            if (state.compareAndSet(prev, (millis << SEQUENCE_BITS) | sequence)) {
                return (millis << (WORKER_BITS + SEQUENCE_BITS)) | workerBits | sequence;
            }
        }
    }

    public int workerId() {
        return (int) (workerBits >>> SEQUENCE_BITS);
    }

    /** Switches worker id (after a lost lease was replaced by a new one). */
    public void setWorkerId(int workerId) {
        if (workerId < 0 || workerId > MAX_WORKER) {
            throw new IllegalArgumentException("worker id must be 0.." + MAX_WORKER + ", was " + workerId);
        }
        this.workerBits = ((long) workerId) << SEQUENCE_BITS;
    }

    /** When the id was generated. */
    public static Instant timestampOf(long id) {
        return Instant.ofEpochMilli((id >>> (WORKER_BITS + SEQUENCE_BITS)) + EPOCH_MILLIS);
    }

    public static int workerOf(long id) {
        return (int) ((id >>> SEQUENCE_BITS) & MAX_WORKER);
    }

    /** The smallest id that could have been generated at the given instant (for time-range queries). */
    public static long minIdAt(Instant instant) {
        return Math.max(0, instant.toEpochMilli() - EPOCH_MILLIS) << (WORKER_BITS + SEQUENCE_BITS);
    }
}
