package com.xcord.auth.ratelimit;

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

/** Redis down must not lock everyone out of login: the limiter fails open. */
class RateLimiterTests {

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
        RateLimiter limiter = new RateLimiter(new StringRedisTemplate(connections), Clock.systemUTC());
        Limit limit = new Limit(1, Duration.ofMinutes(1));

        RateLimit first = limiter.hit("k", limit);
        RateLimit second = limiter.hit("k", limit);
        limiter.reset("k");

        assertThat(first.allowed()).isTrue();
        assertThat(second.allowed()).isTrue();
        assertThat(limiter.peek("k", limit).allowed()).isTrue();
    }
}
