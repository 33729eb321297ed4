package com.xcord.gateway.resilience;

import java.io.IOException;
import java.util.LinkedHashSet;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The filters that keep a failing service from hurting the rest: a circuit breaker per route
 * (open → 503 at once), and inside it retries for GETs only — never for writes, whose retry could
 * apply them twice. A response timeout ends in 504 and is not retried (it would multiply the wait).
 */
@Component
public class RouteResilience {

    private final ResilienceProperties properties;

    RouteResilience(ResilienceProperties properties) {
        this.properties = properties;
    }

    public UriSpec apply(String routeId, GatewayFilterSpec filters) {
        ResilienceProperties.Retry retry = properties.retry();
        GatewayFilterSpec spec = filters.circuitBreaker(c -> c.setName(routeId)
                .setStatusCodes(new LinkedHashSet<>(properties.circuitBreaker().failureStatuses())));
        if (retry.attempts() > 0) {
            spec = spec.retry(r -> r.setRetries(retry.attempts())
                    .setMethods(HttpMethod.GET)
                    .setSeries()
                    .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                    .setExceptions(IOException.class)
                    .setBackoff(retry.firstBackoff(), retry.firstBackoff().multipliedBy(4), 2, true));
        }
        return spec;
    }
}
