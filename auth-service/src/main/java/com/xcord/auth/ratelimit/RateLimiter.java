package com.xcord.auth.ratelimit;

import com.xcord.auth.ratelimit.RateLimitProperties.Limit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Fixed-window counters in Redis: a window opens at the first hit and lasts {@code limit.window()}.
 * A Lua script updates a counter atomically; the window's start is stored with it and compared
 * with the service's {@link Clock} (so tests move time), while the key's Redis expiry only
 * collects it. When Redis is unreachable the limiter fails open: availability of login matters
 * more than the limit, and the failure is logged.
 */
@Component
public class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final String PREFIX = "auth:limit:";

    /** KEYS[1] the counter; ARGV now (ms), window (ms). Returns {count, ms until the window ends}. */
    private static final RedisScript<List> HIT = RedisScript.of("""
            local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
            local start = tonumber(redis.call('HGET', KEYS[1], 'start'))
            if not start or now >= start + window then
              redis.call('DEL', KEYS[1])
              redis.call('HSET', KEYS[1], 'start', ARGV[1])
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              start = now
            end
            local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
            return {count, start + window - now}
            """, List.class);

    private static final RedisScript<List> PEEK = RedisScript.of("""
            local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
            local start = tonumber(redis.call('HGET', KEYS[1], 'start'))
            if not start or now >= start + window then return {0, window} end
            return {tonumber(redis.call('HGET', KEYS[1], 'count') or '0'), start + window - now}
            """, List.class);

    private final StringRedisTemplate redis;
    private final Clock clock;

    public RateLimiter(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
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
            List<?> result = redis.execute(script, List.of(PREFIX + key),
                    Long.toString(clock.millis()), Long.toString(windowMillis));
            long count = ((Number) result.get(0)).longValue();
            long left = ((Number) result.get(1)).longValue();
            // a window started by a replica whose clock runs ahead still ends within one window
            Duration reset = Duration.ofMillis(Math.max(1, Math.min(left, windowMillis)));
            int remaining = (int) Math.max(0, limit.max() - count);
            return new RateLimit(limit.max(), remaining, reset, count <= limit.max());
        } catch (RuntimeException e) {
            log.warn("rate limiter: Redis unavailable, failing open ({})", e.getClass().getSimpleName());
            return RateLimit.unlimited(limit.max(), limit.window());
        }
    }
}
