package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointsTests {

    @Test
    void readsAJdbcPostgresUrlKeepingItsParameters() {
        PostgresEndpoint pg = PostgresEndpoint.parse("jdbc:postgresql://db.example:6543/fleet?sslmode=require", "admin", "s3cret");
        assertThat(pg).isEqualTo(new PostgresEndpoint("db.example", 6543, "fleet", "admin", "s3cret", "sslmode=require"));
        assertThat(pg.serviceJdbcUrl("feed")).isEqualTo("jdbc:postgresql://db.example:6543/fleet?sslmode=require&currentSchema=feed");
        assertThat(pg.superUserJdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/fleet?sslmode=require");
    }

    @Test
    void readsALibpqUrlWithDefaults() {
        PostgresEndpoint pg = PostgresEndpoint.parse("postgresql://localhost", "postgres", null);
        assertThat(pg.serviceJdbcUrl("auth")).isEqualTo("jdbc:postgresql://localhost:5432/xcord?currentSchema=auth");
    }

    @Test
    void anExternalPostgresNeedsAUser() {
        assertThatThrownBy(() -> PostgresEndpoint.parse("jdbc:postgresql://h/xcord", null, null)).hasMessageContaining("XCORD_POSTGRES_USER");
        assertThatThrownBy(() -> PostgresEndpoint.parse("mysql://h/xcord", "u", "p")).hasMessageContaining("XCORD_POSTGRES_URL");
    }

    @Test
    void readsRedisUrls() {
        assertThat(RedisEndpoint.parse("redis://cache:6380")).isEqualTo(new RedisEndpoint("cache", 6380, null, false));
        assertThat(RedisEndpoint.parse("rediss://:pw@cache")).isEqualTo(new RedisEndpoint("cache", 6379, "pw", true));
        assertThat(RedisEndpoint.parse("redis://default:pw@cache:1")).isEqualTo(new RedisEndpoint("cache", 1, "pw", false));
    }

    @Test
    void externalInfrastructureOnlyWhenConfigured() {
        Settings none = new Settings(java.nio.file.Path.of("/repo"), Map.of("XCORD_REDIS_URL", " "));
        assertThat(none.externalPostgres()).isEmpty();
        assertThat(none.externalKafka()).isEmpty();
        assertThat(none.externalRedis()).isEmpty();
        assertThat(none.dataDir()).isEqualTo(java.nio.file.Path.of("/repo/.xcord"));

        Settings all = new Settings(java.nio.file.Path.of("/repo"), Map.of(
                "XCORD_POSTGRES_URL", "jdbc:postgresql://pg:5432/xcord", "XCORD_POSTGRES_USER", "postgres",
                "XCORD_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092", "XCORD_REDIS_URL", "redis://redis:6379",
                "XCORD_DATA_DIR", "../elsewhere"));
        assertThat(all.externalPostgres()).get().extracting(PostgresEndpoint::host).isEqualTo("pg");
        assertThat(all.externalKafka()).contains("kafka:9092");
        assertThat(all.externalRedis()).get().extracting(RedisEndpoint::host).isEqualTo("redis");
        assertThat(all.dataDir()).isEqualTo(java.nio.file.Path.of("/elsewhere"));
    }
}
