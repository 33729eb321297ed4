package com.xcord.server.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now, at the precision Postgres keeps, so what we answer is what a later read returns. */
public final class Clock {

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Clock() {
    }
}
