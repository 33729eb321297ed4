package com.xcord.search.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * {@code xcord.search.index.lag}: from a message's or post's creation (the producer's clock) to its row in the index,
 * per source topic — the "searchable within 1 s" budget of DESIGN §9, as operators see it.
 */
@Component
class IndexLag {

    private final Clock clock;
    private final Map<String, Timer> timers;

    IndexLag(MeterRegistry meters) {
        this.clock = Clock.systemUTC();
        this.timers = Map.of("server", timer(meters, "server"), "dm", timer(meters, "dm"), "feed", timer(meters, "feed"));
    }

    private static Timer timer(MeterRegistry meters, String source) {
        return Timer.builder("xcord.search.index.lag")
                .description("creation of a message or post → searchable in the index")
                .tag("source", source)
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(10))
                .register(meters);
    }

    /** Records the lag of something created at {@code createdAt} and indexed now. */
    void indexed(String source, Instant createdAt) {
        Duration lag = Duration.between(createdAt, clock.instant());
        timers.get(source).record(lag.isNegative() ? Duration.ZERO : lag);
    }
}
