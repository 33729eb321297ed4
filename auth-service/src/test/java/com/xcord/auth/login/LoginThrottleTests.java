package com.xcord.auth.login;

import com.xcord.auth.ratelimit.ClientInfo;
import com.xcord.auth.ratelimit.RateLimitProperties;
import com.xcord.auth.ratelimit.RateLimitProperties.BackoffPolicy;
import com.xcord.auth.ratelimit.RateLimitProperties.Limit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Redis down must not lock everyone out of login: the throttle lets attempts through, as the limiter does. */
class LoginThrottleTests {

    private LettuceConnectionFactory connections;

    @AfterEach
    void close() {
        if (connections != null) {
            connections.destroy();
        }
    }

    @Test
    void failsOpenWhenRedisIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", closedPort),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(300)).build());
        connections.afterPropertiesSet();
        connections.start();
        StringRedisTemplate redis = new StringRedisTemplate(connections);
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
