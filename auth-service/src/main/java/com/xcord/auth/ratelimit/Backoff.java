package com.xcord.auth.ratelimit;

import com.xcord.auth.ratelimit.RateLimitProperties.BackoffPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Exponential backoff per key in Redis: the n-th consecutive failure closes the key for
 * {@code initial × 2^(n-1)}, at most {@code max}; a success ({@link #reset}) or
 * {@code forget-after} without a failure once the wait is over starts it again at
 * {@code initial}. Times come from the service's {@link Clock} (tests move it); the key's Redis
 * expiry only collects it. Like {@link RateLimiter}, it fails open when Redis is unreachable.
 */
@Component
public class Backoff {

    private static final Logger log = LoggerFactory.getLogger(Backoff.class);
    private static final String PREFIX = "auth:backoff:";

    /** KEYS[1]; ARGV now, initial, max, forget-after (ms). Returns the wait (ms) this failure earned. */
    private static final RedisScript<Long> FAIL = RedisScript.of("""
            local now, initial, max, forget = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
            local failures = tonumber(redis.call('HGET', KEYS[1], 'failures') or '0')
            local closed = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
            if now >= closed + forget then failures = 0 end
            failures = failures + 1
            local wait = math.floor(math.min(max, initial * 2 ^ math.min(failures - 1, 40)))
            redis.call('HSET', KEYS[1], 'failures', failures, 'until', string.format('%.0f', now + wait))
            redis.call('PEXPIRE', KEYS[1], wait + forget)
            return wait
            """, Long.class);

    private final StringRedisTemplate redis;
    private final Clock clock;

    Backoff(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** How long {@code key} stays closed from now; zero when it is open. */
    public Duration remaining(String key) {
        try {
            Object closedUntil = redis.opsForHash().get(PREFIX + key, "until");
            long left = closedUntil == null ? 0 : Long.parseLong(closedUntil.toString()) - clock.millis();
            return Duration.ofMillis(Math.max(0, left));
        } catch (RuntimeException e) {
            log.warn("backoff: Redis unavailable, failing open ({})", e.getClass().getSimpleName());
            return Duration.ZERO;
        }
    }

    /** Records a failure: {@code key} is closed for the returned wait. */
    public Duration fail(String key, BackoffPolicy policy) {
        try {
            Long wait = redis.execute(FAIL, List.of(PREFIX + key), Long.toString(clock.millis()),
                    Long.toString(policy.initial().toMillis()), Long.toString(policy.max().toMillis()),
                    Long.toString(policy.forgetAfter().toMillis()));
            return Duration.ofMillis(wait == null ? 0 : wait);
        } catch (RuntimeException e) {
            log.warn("backoff: Redis unavailable, could not record a failure ({})", e.getClass().getSimpleName());
            return Duration.ZERO;
        }
    }

    /** Forgets the failures of {@code key} (a success). */
    public void reset(String key) {
        try {
            redis.delete(PREFIX + key);
        } catch (RuntimeException e) {
            log.warn("backoff: Redis unavailable, could not reset ({})", e.getClass().getSimpleName());
        }
    }
}
