package com.xcord.gateway.ratelimit;

import com.xcord.gateway.warmup.WarmupOrder;
import com.xcord.gateway.warmup.WarmupProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the Redis connection and loads the rate-limit script before the gateway reports ready (see
 * {@link RedisTokenBucket} for why not on the first request). Redis being down does not stop the start:
 * rate limits fail open and the connection is retried in the background.
 */
@Component
@Order(WarmupOrder.REDIS)
class RateLimitWarmup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RateLimitWarmup.class);

    private final RedisTokenBucket bucket;
    private final RateLimitProperties rateLimits;
    private final WarmupProperties properties;

    RateLimitWarmup(RedisTokenBucket bucket, RateLimitProperties rateLimits, WarmupProperties properties) {
        this.bucket = bucket;
        this.rateLimits = rateLimits;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || !rateLimits.enabled()) {
            return;
        }
        long started = System.nanoTime();
        try {
            bucket.connect().block(properties.timeout());
            log.info("warm-up: Redis connected, rate-limit script loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("warm-up: Redis not reachable ({}); rate limits fail open until it is", e.toString());
        }
    }
}
