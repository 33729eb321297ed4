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
 * method, {@code uri} = the route id (the path for the health probes, {@code none} for other unrouted paths), status,
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

    /**
     * The gateway's own health probes keep their path as {@code uri} (three values, bounded), so that dashboards and
     * alerts can leave them out as they do every service's {@code /actuator/**}: a 503 while the gateway warms up is not
     * a user's failed request.
     */
    private static final java.util.Set<String> PROBES = java.util.Set.of("/actuator/health",
            "/actuator/health/liveness", "/actuator/health/readiness");

    /** One answered request; {@code routeId} null when no route matched. */
    public void record(String method, String routeId, String path, int status, long nanos) {
        boolean known = status >= 100 && status < 600;
        String uri = routeId != null ? routeId : PROBES.contains(path) ? path : "none";
        timers.withTags("method", method, "uri", uri,
                        "status", known ? STATUSES[status] : "UNKNOWN",
                        "outcome", known ? OUTCOMES[status / 100 - 1] : "UNKNOWN")
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
