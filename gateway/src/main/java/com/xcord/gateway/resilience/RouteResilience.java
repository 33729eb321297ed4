package com.xcord.gateway.resilience;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The filters that keep a failing service from hurting the rest: a circuit breaker per route
 * (open → 503 at once), and inside it retries for GETs only — never for writes, whose retry could
 * apply them twice. A response timeout ends in 504 and is not retried (it would multiply the wait).
 */
@Component
public class RouteResilience {

    private final ResilienceProperties properties;
    private final RetryGatewayFilterFactory retries;
    private final Set<String> routeIds = new CopyOnWriteArraySet<>();

    RouteResilience(ResilienceProperties properties, RetryGatewayFilterFactory retries) {
        this.properties = properties;
        this.retries = retries;
    }

    public UriSpec apply(String routeId, GatewayFilterSpec filters) {
        routeIds.add(routeId);
        ResilienceProperties.Retry retry = properties.retry();
        GatewayFilterSpec spec = filters.circuitBreaker(c -> c.setName(routeId)
                .setStatusCodes(new LinkedHashSet<>(properties.circuitBreaker().failureStatuses())));
        if (retry.attempts() > 0) {
            GatewayFilter retryGets = retries.apply(routeId, r -> r.setRetries(retry.attempts())
                    .setMethods(HttpMethod.GET)
                    .setSeries()
                    .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                    .setExceptions(IOException.class)
                    .setBackoff(retry.firstBackoff(), retry.firstBackoff().multipliedBy(4), 2, true));
            spec = spec.filter(new GetOnly(retryGets));
        }
        return spec;
    }

    /** The routes that got a circuit breaker, named by route id. */
    List<String> circuitBreakerNames() {
        return List.copyOf(routeIds);
    }

    /**
     * Spring Cloud Gateway's retry filter wraps every request in retry and repeat operators and only then
     * looks at the method; requests it would never retry go past it here.
     */
    private record GetOnly(GatewayFilter retry) implements GatewayFilter {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            return HttpMethod.GET.equals(exchange.getRequest().getMethod())
                    ? retry.filter(exchange, chain)
                    : chain.filter(exchange);
        }
    }
}
