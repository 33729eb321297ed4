package com.xcord.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedisServerTests {

    private static RedisClient client;

    @BeforeAll
    static void client() {
        client = RedisClient.create();
    }

    @AfterAll
    static void closeClient() {
        client.shutdown();
    }

    @Test
    void setGetStopAndRestartOnTheSamePort() {
        try (RedisServer redis = RedisServer.start(null, 0)) {
            int port = redis.port();
            withRedis(redis, commands -> {
                commands.sync().set("greeting", "hello");
                assertThat(commands.sync().get("greeting")).isEqualTo("hello");
            });

            redis.stop();
            assertThat(Ports.isListening(redis.host(), port)).isFalse();
            assertThatThrownBy(() -> withRedis(redis, c -> c.sync().ping())).isInstanceOf(RuntimeException.class);

            redis.restart();
            assertThat(redis.port()).isEqualTo(port);
            withRedis(redis, commands -> assertThat(commands.sync().ping()).isEqualTo("PONG"));
        }
    }

    @Test
    void aDataDirectoryKeepsDataAcrossStarts(@TempDir Path dataDir) {
        int port;
        try (RedisServer redis = RedisServer.start(dataDir, 0)) {
            port = redis.port();
            withRedis(redis, commands -> commands.sync().set("kept", "yes"));
        }
        try (RedisServer redis = RedisServer.start(dataDir, port)) {
            withRedis(redis, commands -> assertThat(commands.sync().get("kept")).isEqualTo("yes"));
        }
    }

    private static void withRedis(RedisServer redis, Consumer<StatefulRedisConnection<String, String>> action) {
        RedisURI uri = RedisURI.builder().withHost(redis.host()).withPort(redis.port()).withTimeout(Duration.ofSeconds(2)).build();
        try (StatefulRedisConnection<String, String> connection = client.connect(uri)) {
            action.accept(connection);
        }
    }
}
