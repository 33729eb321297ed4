package com.xcord.auth.ratelimit;

import java.time.Duration;

/** The state of one limit after a hit or a peek: what the {@code RateLimit-*} headers say. */
public record RateLimit(int limit, int remaining, Duration reset, boolean allowed) {

    static RateLimit unlimited(int limit, Duration window) {
        return new RateLimit(limit, limit, window, true);
    }

    /** Whole seconds until the window resets, at least 1 (for {@code Retry-After}). */
    public long resetSeconds() {
        return Math.max(1, (reset.toMillis() + 999) / 1000);
    }
}
