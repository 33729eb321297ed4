package com.xcord.gateway.resilience;

import com.xcord.gateway.warmup.WarmupOrder;
import com.xcord.gateway.warmup.WarmupProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Creates every route's circuit breaker before the gateway reports ready — otherwise each is created on its
 * route's first request, inside the registry's map lock and with its metrics registration — and then clears
 * what the warm-up requests recorded, so every breaker starts closed with an empty window.
 */
@Component
@Order(WarmupOrder.CIRCUIT_BREAKERS)
class CircuitBreakerWarmup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakerWarmup.class);

    private final ReactiveResilience4JCircuitBreakerFactory factory;
    private final RouteResilience routes;
    private final WarmupProperties properties;

    CircuitBreakerWarmup(ReactiveResilience4JCircuitBreakerFactory factory, RouteResilience routes, WarmupProperties properties) {
        this.factory = factory;
        this.routes = routes;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        for (String name : routes.circuitBreakerNames()) {
            // assembling a call (never subscribed, so nothing is recorded) registers the breaker exactly as
            // the route's filter will look it up: same id, configuration and tags
            factory.create(name).run(Mono.empty());
        }
        factory.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        log.info("warm-up: {} circuit breakers ready", routes.circuitBreakerNames().size());
    }
}
