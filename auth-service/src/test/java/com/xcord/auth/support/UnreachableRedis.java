package com.xcord.auth.support;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

/** A Redis client pointed at a closed port with a short command timeout: "Redis is down" for fail-open tests. */
public final class UnreachableRedis implements AutoCloseable {

    private final LettuceConnectionFactory connections;

    public UnreachableRedis() {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", closedPort),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(300)).build());
        connections.afterPropertiesSet();
        connections.start();
    }

    public StringRedisTemplate template() {
        return new StringRedisTemplate(connections);
    }

    @Override
    public void close() {
        connections.destroy();
    }
}
