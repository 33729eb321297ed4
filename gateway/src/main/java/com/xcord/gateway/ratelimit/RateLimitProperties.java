package com.xcord.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits in Redis, per route.
 *
 * @param enabled        off: no Redis calls, no headers
 * @param defaults       the limit of every route without its own
 * @param routes         by route id (see RouteTable), e.g. {@code auth-login}
 * @param redisTimeout   longest wait for Redis before the request goes through unlimited
 * @param redisBackoff   after Redis failed, requests go through unlimited without asking it for this long
 */
@ConfigurationProperties("xcord.gateway.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue Policy defaults,
        @DefaultValue Map<String, Policy> routes,
        @DefaultValue("100ms") Duration redisTimeout,
        @DefaultValue("1s") Duration redisBackoff) {

    /**
     * A token bucket holding {@code limit} requests that refills completely in {@code window}.
     *
     * @param per who shares a bucket: {@code user} (the token's subject; the client IP for anonymous
     *            calls) or {@code ip} (always the client IP: login, register, refresh)
     */
    public record Policy(
            @DefaultValue("600") int limit,
            @DefaultValue("1m") Duration window,
            @DefaultValue("user") Per per) {
    }

    public enum Per {
        USER, IP
    }

    public Policy forRoute(String routeId) {
        return routes.getOrDefault(routeId, defaults);
    }
}
