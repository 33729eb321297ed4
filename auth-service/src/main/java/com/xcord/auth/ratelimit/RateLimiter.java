package com.xcord.auth.ratelimit;

import com.xcord.auth.ratelimit.RateLimitProperties.Limit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Fixed-window counters in Redis, updated atomically by a Lua script (INCR + PEXPIRE on the
 * first hit). When Redis is unreachable the limiter fails open: availability of login matters
 * more than the limit, and the failure is logged.
 */
@Component
public class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final String PREFIX = "auth:rl:";

    private static final RedisScript<List> HIT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {count, ttl}
            """, List.class);

    private static final RedisScript<List> PEEK = RedisScript.of("""
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            local ttl = redis.call('PTTL', KEYS[1])
            return {count, ttl}
            """, List.class);

    private final StringRedisTemplate redis;

    public RateLimiter(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Counts one hit against {@code key}; not allowed once the count exceeds the limit. */
    public RateLimit hit(String key, Limit limit) {
        return run(HIT, key, limit);
    }

    /** The current state of {@code key} without counting: not allowed when the limit is used up. */
    public RateLimit peek(String key, Limit limit) {
        RateLimit state = run(PEEK, key, limit);
        // a peek is refused when the next hit would exceed the limit
        return new RateLimit(state.limit(), state.remaining(), state.reset(), state.remaining() > 0);
    }

    /** Forgets a counter (e.g. failures after a successful login). */
    public void reset(String key) {
        try {
            redis.delete(PREFIX + key);
        } catch (RuntimeException e) {
            log.warn("rate limiter: Redis unavailable, could not reset a counter ({})", e.getClass().getSimpleName());
        }
    }

    private RateLimit run(RedisScript<List> script, String key, Limit limit) {
        long windowMillis = limit.window().toMillis();
        try {
            List<?> result = redis.execute(script, List.of(PREFIX + key), Long.toString(windowMillis));
            long count = ((Number) result.get(0)).longValue();
            long ttl = ((Number) result.get(1)).longValue();
            Duration reset = Duration.ofMillis(ttl > 0 ? ttl : windowMillis);
            int remaining = (int) Math.max(0, limit.max() - count);
            return new RateLimit(limit.max(), remaining, reset, count <= limit.max());
        } catch (RuntimeException e) {
            log.warn("rate limiter: Redis unavailable, failing open ({})", e.getClass().getSimpleName());
            return RateLimit.unlimited(limit.max(), limit.window());
        }
    }
}
