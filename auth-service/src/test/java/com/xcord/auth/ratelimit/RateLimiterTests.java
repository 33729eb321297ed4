package com.xcord.auth.ratelimit;

import com.xcord.auth.ratelimit.RateLimitProperties.Limit;
import com.xcord.auth.support.UnreachableRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Redis down must not lock everyone out of login: the limiter fails open. */
class RateLimiterTests {

    private final UnreachableRedis redis = new UnreachableRedis();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void failsOpenWhenRedisIsUnreachable() {
        RateLimiter limiter = new RateLimiter(redis.template(), Clock.systemUTC());
        Limit limit = new Limit(1, Duration.ofMinutes(1));

        RateLimit first = limiter.hit("k", limit);
        RateLimit second = limiter.hit("k", limit);
        limiter.reset("k");

        assertThat(first.allowed()).isTrue();
        assertThat(second.allowed()).isTrue();
        assertThat(limiter.peek("k", limit).allowed()).isTrue();
    }
}
