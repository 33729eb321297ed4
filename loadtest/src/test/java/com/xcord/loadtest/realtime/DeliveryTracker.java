package com.xcord.loadtest.realtime;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The messages on their way to the recipients' sockets. A message is registered just before its POST (its
 * DISPATCH may overtake the POST's response); each arriving frame records {@code arrival - sent}, both read
 * from {@link System#nanoTime()} in this one process. A delivery later than the loss timeout, or never made,
 * counts as lost and stays out of the histogram. Only messages sent in the measured phase are recorded.
 */
final class DeliveryTracker {

    private final long lossTimeoutNanos;
    private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();
    private final LatencyHistogram latencies = new LatencyHistogram();
    private final AtomicLong late = new AtomicLong();

    DeliveryTracker(Duration lossTimeout) {
        this.lossTimeoutNanos = lossTimeout.toNanos();
    }

    private record InFlight(long sentNanos, boolean measured, AtomicInteger awaited) {
    }

    void sending(String key, int sockets, boolean measured, long sentNanos) {
        inFlight.put(key, new InFlight(sentNanos, measured, new AtomicInteger(sockets)));
    }

    /** The POST failed: nothing will arrive, and the POST's failure is reported on its own. */
    void notSent(String key) {
        inFlight.remove(key);
    }

    /** A recipient's socket received the message with this key (called on socket threads). */
    void delivered(String key, long receivedNanos) {
        InFlight message = inFlight.get(key);
        if (message == null) {
            return;
        }
        if (message.awaited.decrementAndGet() == 0) {
            inFlight.remove(key);
        }
        if (!message.measured) {
            return;
        }
        long latency = receivedNanos - message.sentNanos;
        if (latency > lossTimeoutNanos) {
            late.incrementAndGet();
        } else {
            latencies.recordNanos(latency);
        }
    }

    /** Have all sockets received every one of these messages? */
    boolean allDelivered(Collection<String> keys) {
        return keys.stream().noneMatch(inFlight::containsKey);
    }

    LatencyHistogram latencies() {
        return latencies;
    }

    /** Measured deliveries that arrived after the loss timeout or not yet at all. */
    long lost() {
        long missing = inFlight.values().stream().filter(InFlight::measured).mapToLong(m -> m.awaited.get()).sum();
        return late.get() + missing;
    }
}
