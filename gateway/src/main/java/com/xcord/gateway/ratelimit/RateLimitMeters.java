package com.xcord.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code xcord.gateway.rate.limit.decisions{route, outcome}}, outcome one of {@code allowed}, {@code limited},
 * {@code fail_open} (Redis failed or was slow: the request passed unlimited). The three counters of a route are
 * made once: a request costs a map read and an increment.
 */
final class RateLimitMeters {

    record Decisions(Counter allowed, Counter limited, Counter failOpen) {
    }

    private final MeterRegistry meters;
    /** By route id: the route table's dozen. */
    private final Map<String, Decisions> byRoute = new ConcurrentHashMap<>();

    RateLimitMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    Decisions of(String routeId) {
        Decisions decisions = byRoute.get(routeId);
        return decisions != null ? decisions : byRoute.computeIfAbsent(routeId, id ->
                new Decisions(counter(id, "allowed"), counter(id, "limited"), counter(id, "fail_open")));
    }

    private Counter counter(String routeId, String outcome) {
        return Counter.builder("xcord.gateway.rate.limit.decisions")
                .description("rate-limit decisions; fail_open: Redis failed or was slow and the request passed unlimited")
                .tag("route", routeId)
                .tag("outcome", outcome)
                .register(meters);
    }
}
