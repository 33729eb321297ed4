package com.xcord.gateway.ratelimit;

import com.xcord.gateway.auth.AuthenticatedUser;
import com.xcord.gateway.hygiene.ClientAddress;
import com.xcord.gateway.problem.Problem;
import com.xcord.gateway.problem.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Takes one token from the route's bucket — the user's when the call is authenticated, the client
 * IP's otherwise or for the login/register/refresh routes — and answers 429 with {@code Retry-After}
 * when it is empty. {@code RateLimit-Limit/Remaining/Reset} go on every answer. If Redis fails or is
 * slow the request goes through unlimited (fail open): logged at most every 10 s. Every decision is
 * counted in {@code xcord.gateway.rate.limit.decisions} by route and outcome ({@link RateLimitMeters}).
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final RedisTokenBucket limiter;
    private final RateLimitProperties properties;
    private final RateLimitMeters meters;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
    /** After a failure Redis is left alone for a moment: a dead Redis then costs nothing, not a timeout per request. */
    private volatile long skipRedisUntilNanos = System.nanoTime();

    RateLimitFilter(RedisTokenBucket limiter, RateLimitProperties properties, MeterRegistry meters) {
        this.limiter = limiter;
        this.properties = properties;
        this.meters = new RateLimitMeters(meters);
    }

    @Override
    public int getOrder() {
        // right after routing decided the route, before the circuit breaker and the downstream call
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (!properties.enabled() || route == null) {
            return chain.filter(exchange);
        }
        RateLimitProperties.Policy policy = properties.forRoute(route.getId());
        RateLimitMeters.Decisions counted = meters.of(route.getId());
        if (System.nanoTime() - skipRedisUntilNanos < 0) {
            counted.failOpen().increment();
            return chain.filter(exchange);
        }
        String bucket = route.getId() + ":" + subject(exchange, policy);
        return limiter.take(bucket, policy)
                .timeout(properties.redisTimeout())
                .map(decision -> new Outcome(decision))
                .onErrorResume(error -> failOpen(error, counted))
                .defaultIfEmpty(Outcome.UNLIMITED)
                .flatMap(outcome -> {
                    RateLimitDecision decision = outcome.decision();
                    if (decision == null) {
                        return chain.filter(exchange);
                    }
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    headers.set("RateLimit-Limit", Long.toString(decision.limit()));
                    headers.set("RateLimit-Remaining", Long.toString(decision.remaining()));
                    headers.set("RateLimit-Reset", Long.toString(decision.resetSeconds()));
                    if (decision.allowed()) {
                        counted.allowed().increment();
                        return chain.filter(exchange);
                    }
                    counted.limited().increment();
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, decision.retryAfterSeconds())));
                    return ProblemResponses.write(exchange, Problem.of(HttpStatus.TOO_MANY_REQUESTS,
                            "Too many requests; retry after " + Math.max(1, decision.retryAfterSeconds()) + " s."));
                });
    }

    private static String subject(ServerWebExchange exchange, RateLimitProperties.Policy policy) {
        if (policy.per() == RateLimitProperties.Per.USER) {
            AuthenticatedUser user = AuthenticatedUser.of(exchange);
            if (user != null) {
                return "u:" + user.userId();
            }
        }
        return "ip:" + ClientAddress.of(exchange);
    }

    private Mono<Outcome> failOpen(Throwable error, RateLimitMeters.Decisions counted) {
        counted.failOpen().increment();
        long now = System.nanoTime();
        skipRedisUntilNanos = now + properties.redisBackoff().toNanos();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            log.warn("rate limits are not enforced: Redis failed ({}); requests pass unlimited (fail open)", error.toString());
        }
        return Mono.just(Outcome.UNLIMITED);
    }

    /** Null decision: Redis could not decide, the request passes. */
    private record Outcome(RateLimitDecision decision) {
        static final Outcome UNLIMITED = new Outcome(null);
    }
}
