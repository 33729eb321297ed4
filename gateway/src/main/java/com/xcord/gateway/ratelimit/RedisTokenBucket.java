package com.xcord.gateway.ratelimit;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A token bucket per key in Redis, taken in one round trip by a Lua script (EVALSHA) that reads
 * Redis's clock, so gateway replicas with skewed clocks still share one bucket correctly.
 */
@Component
class RedisTokenBucket {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final RedisScript<List<Long>> SCRIPT =
            (RedisScript) RedisScript.of(new ClassPathResource("scripts/token_bucket.lua"), List.class);
    private static final String PREFIX = "xcord:gw:rl:";

    private final ReactiveStringRedisTemplate redis;

    RedisTokenBucket(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    Mono<RateLimitDecision> take(String bucket, RateLimitProperties.Policy policy) {
        long windowMillis = policy.window().toMillis();
        return redis.execute(SCRIPT, List.of(PREFIX + bucket),
                        List.of(Integer.toString(policy.limit()), Long.toString(windowMillis)))
                .next()
                .map(result -> new RateLimitDecision(result.get(0) == 1L, policy.limit(), result.get(1),
                        ceilSeconds(result.get(2)), ceilSeconds(result.get(3))));
    }

    private static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }
}
