package com.xcord.gateway.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * {@code http.server.requests} for the gateway, recorded by the access log (which already has the route, the
 * status the client got and the latency): Spring's own observation of it is off (application.yml), because it
 * cannot name a proxied route (every request was {@code uri=UNKNOWN}) and costs a few percent per request. Tags:
 * method, {@code uri} = the route id ({@code none} for the gateway's own endpoints and unrouted paths), status,
 * outcome; all bounded. The SLO buckets come from {@code management.metrics.distribution.slo}.
 */
@Component
public class HttpServerRequests {

    private static final String[] OUTCOMES = {"INFORMATIONAL", "SUCCESS", "REDIRECTION", "CLIENT_ERROR", "SERVER_ERROR"};
    /** "100".."599" made once: no string per request. */
    private static final String[] STATUSES = new String[600];

    static {
        for (int i = 100; i < STATUSES.length; i++) {
            STATUSES[i] = Integer.toString(i);
        }
    }

    private final Meter.MeterProvider<Timer> timers;

    HttpServerRequests(MeterRegistry meters) {
        this.timers = Timer.builder("http.server.requests")
                .description("requests the gateway answered, by route")
                .withRegistry(meters);
    }

    /** One answered request; {@code routeId} null when no route matched. */
    public void record(String method, String routeId, int status, long nanos) {
        boolean known = status >= 100 && status < 600;
        timers.withTags("method", method, "uri", routeId == null ? "none" : routeId,
                        "status", known ? STATUSES[status] : "UNKNOWN",
                        "outcome", known ? OUTCOMES[status / 100 - 1] : "UNKNOWN")
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
