package com.xcord.loadtest.realtime;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** One fan-out message: when it was published, and when each socket had it. */
final class FanoutRound {

    private final String messageId;
    private final int sockets;
    private final long publishedNanos;
    private final LatencyHistogram arrivals = new LatencyHistogram();
    private final AtomicLong lastArrivalNanos = new AtomicLong();
    private final CountDownLatch allArrived;

    FanoutRound(String messageId, int sockets, long publishedNanos) {
        this.messageId = messageId;
        this.sockets = sockets;
        this.publishedNanos = publishedNanos;
        this.allArrived = new CountDownLatch(sockets);
    }

    String messageId() {
        return messageId;
    }

    /** A socket's MESSAGE_CREATE for this message (called on socket threads). */
    void arrived(long receivedNanos) {
        long latency = receivedNanos - publishedNanos;
        arrivals.recordNanos(latency);
        lastArrivalNanos.accumulateAndGet(latency, Math::max);
        allArrived.countDown();
    }

    void await(Duration timeout) throws InterruptedException {
        allArrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean complete() {
        return allArrived.getCount() == 0;
    }

    /** Publish → the last socket's MESSAGE_CREATE. */
    long lastArrivalNanos() {
        return lastArrivalNanos.get();
    }

    String summary() {
        return String.format(Locale.ROOT, "%d/%d sockets, last after %.1f ms; per socket %s", arrivals.count(), sockets,
                lastArrivalNanos.get() / 1e6, arrivals.summary());
    }
}
