package com.xcord.realtime.session;

import com.xcord.realtime.protocol.DispatchType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * What the sockets do (docs/conventions.md "Metrics"): {@code xcord.realtime.dispatches{type}},
 * {@code xcord.realtime.outbound.drops}, {@code xcord.realtime.slow.consumer.closes} and
 * {@code xcord.realtime.delivery.latency} (the event's time, from its snowflake id, to the frame going into the
 * socket's queue, which Netty writes at once unless the client lags: then drops and slow closes show it). All
 * meters are made up front; a dispatch costs an array read, an increment and a histogram record.
 */
@Component
public class RealtimeMeters {

    /** 2025-01-01T00:00Z: the snowflake epoch of event ids (service-kit's SnowflakeIds). */
    private static final long SNOWFLAKE_EPOCH_MILLIS = 1_735_689_600_000L;
    private static final int SNOWFLAKE_TIME_SHIFT = 22;
    /** An event older than a day is a replay or not a snowflake; a latency that long would only blur the histogram. */
    private static final long PLAUSIBLE_AGE_MILLIS = Duration.ofDays(1).toMillis();

    private final Map<DispatchType, Counter> dispatches = new EnumMap<>(DispatchType.class);
    private final Counter outboundDrops;
    private final Counter slowConsumerCloses;
    private final Timer deliveryLatency;

    public RealtimeMeters(MeterRegistry meters) {
        for (DispatchType type : DispatchType.values()) {
            dispatches.put(type, Counter.builder("xcord.realtime.dispatches")
                    .description("DISPATCH frames sent to sockets, by type")
                    .tag("type", type.name())
                    .register(meters));
        }
        outboundDrops = Counter.builder("xcord.realtime.outbound.drops")
                .description("frames not queued because the socket's outbound queue was full or closing")
                .register(meters);
        slowConsumerCloses = Counter.builder("xcord.realtime.slow.consumer.closes")
                .description("sockets closed with 4010 because the client did not read its frames")
                .register(meters);
        deliveryLatency = Timer.builder("xcord.realtime.delivery.latency")
                .description("event time (its id) to the DISPATCH frame queued on the socket")
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
                        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .register(meters);
    }

    /** A DISPATCH frame went to a socket; {@code eventId} gives its event's time when it is a snowflake. */
    void dispatched(DispatchType type, String eventId, long nowMillis) {
        dispatches.get(type).increment();
        long eventMillis = eventMillis(eventId);
        // ids that are not snowflakes made by an outbox (tests' random ids) give no plausible time: left out
        if (eventMillis > nowMillis - PLAUSIBLE_AGE_MILLIS && eventMillis < nowMillis + PLAUSIBLE_AGE_MILLIS) {
            deliveryLatency.record(Math.max(0, nowMillis - eventMillis), TimeUnit.MILLISECONDS);
        }
    }

    void outboundDropped() {
        outboundDrops.increment();
    }

    /** A socket closed because its client did not read: queue overflow (4010) or a write that timed out. */
    public void slowConsumerClosed() {
        slowConsumerCloses.increment();
    }

    /**
     * The time in a snowflake event id ({@code 1234…} or {@code 1234…:suffix}); 0 for ids that are not events'
     * (READY, TYPING relays). Parsed in place: no substring.
     */
    static long eventMillis(String eventId) {
        if (eventId == null) {
            return 0;
        }
        long id = 0;
        int i = 0;
        for (; i < eventId.length(); i++) {
            char c = eventId.charAt(i);
            if (c == ':') {
                break;
            }
            if (c < '0' || c > '9' || i >= 19) {
                return 0;
            }
            id = id * 10 + (c - '0');
        }
        return i == 0 || id <= 0 ? 0 : (id >>> SNOWFLAKE_TIME_SHIFT) + SNOWFLAKE_EPOCH_MILLIS;
    }
}
