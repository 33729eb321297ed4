package com.xcord.loadtest.realtime;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Latencies in microseconds (3 significant digits, up to a minute), recorded from any thread, reported in
 * milliseconds at the percentiles DESIGN §9's budgets are written in.
 */
public final class LatencyHistogram {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);

    public synchronized void recordNanos(long nanos) {
        histogram.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, nanos / 1000)));
    }

    public synchronized long count() {
        return histogram.getTotalCount();
    }

    /** {@code p50 … p90 … p99 … p99.9 … max … (n=…)} in ms. */
    public synchronized String summary() {
        if (histogram.getTotalCount() == 0) {
            return "no samples";
        }
        return String.format(Locale.ROOT, "p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f ms  (n=%d)", millis(50), millis(90),
                millis(99), millis(99.9), histogram.getMaxValue() / 1000.0, histogram.getTotalCount());
    }

    /** {@code p50 … p95 … max …} in ms, for a handful of samples (one per fan-out round). */
    synchronized String shortSummary() {
        if (histogram.getTotalCount() == 0) {
            return "no samples";
        }
        return String.format(Locale.ROOT, "p50 %.1f  p95 %.1f  max %.1f ms  (n=%d)", millis(50), millis(95),
                histogram.getMaxValue() / 1000.0, histogram.getTotalCount());
    }

    private double millis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
