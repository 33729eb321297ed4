package com.xcord.auth.login;

import com.xcord.auth.ratelimit.ClientInfo;
import com.xcord.auth.ratelimit.RateLimitProperties;
import com.xcord.auth.ratelimit.RateLimitProperties.BackoffPolicy;
import com.xcord.auth.ratelimit.RateLimitProperties.Limit;
import com.xcord.auth.support.UnreachableRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Redis down must not lock everyone out of login: the throttle lets attempts through, as the limiter does. */
class LoginThrottleTests {

    private final UnreachableRedis unreachable = new UnreachableRedis();

    @AfterEach
    void close() {
        unreachable.close();
    }

    @Test
    void failsOpenWhenRedisIsUnreachable() {
        StringRedisTemplate redis = unreachable.template();
        Limit oneFailure = new Limit(1, Duration.ofMinutes(15));
        RateLimitProperties limits = new RateLimitProperties(oneFailure,
                new BackoffPolicy(Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24)), oneFailure,
                Duration.ofDays(30), oneFailure, oneFailure);
        LoginThrottle throttle = new LoginThrottle(redis, Clock.systemUTC(),
                new KnownNetworks(redis, Clock.systemUTC()), limits);
        ClientInfo client = new ClientInfo("203.0.113.7", null);

        LoginThrottle.Attempt first = throttle.admit("name:alice", client);
        LoginThrottle.Attempt second = throttle.admit("name:alice", client);
        throttle.succeeded(second);

        assertThat(first.network()).isEqualTo("203.0.113.7");
        assertThat(throttle.admit("name:alice", client)).isNotNull();
    }
}
