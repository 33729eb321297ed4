package com.xcord.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestInfrastructureTests {

    @Test
    void sharedIsOneInstanceWithWorkingServers() throws Exception {
        TestInfrastructure infra = TestInfrastructure.shared();
        assertThat(TestInfrastructure.shared()).isSameAs(infra);

        TestInfrastructure.Postgres pg = infra.postgres();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("public"), pg.user(), pg.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_database(), current_schema()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("xcord");
            assertThat(rs.getString(2)).isEqualTo("public");
        }
        assertThat(infra.kafka().bootstrapServers()).isNotBlank();
        try (Socket socket = new Socket(infra.redis().host(), infra.redis().port())) {
            assertThat(socket.isConnected()).isTrue();
        }
        assertThat(infra.summary()).contains("PostgreSQL", "Kafka", "Redis");
    }

    @Test
    void postgresJdbcUrlsNameDatabaseAndSchema() {
        var pg = new TestInfrastructure.Postgres("db", 5433, "xcord", "u", "p");

        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5433/xcord");
        assertThat(pg.jdbcUrl("auth")).isEqualTo("jdbc:postgresql://db:5433/xcord?currentSchema=auth");
    }

    @Test
    void externalServersComeFromTheEnvironment() {
        Settings env = new Settings(Map.of(
                Settings.POSTGRES_URL, "jdbc:postgresql://pg.example:6543/other?sslmode=disable",
                Settings.POSTGRES_USER, "admin",
                Settings.POSTGRES_PASSWORD, "secret",
                Settings.KAFKA_BOOTSTRAP_SERVERS, "k1:9092,k2:9092",
                Settings.REDIS_URL, "redis://cache.example:6380")::get);

        assertThat(env.externalPostgres()).contains(new TestInfrastructure.Postgres("pg.example", 6543, "other", "admin", "secret"));
        assertThat(env.externalKafka()).contains(new TestInfrastructure.Kafka("k1:9092,k2:9092", Optional.empty()));
        assertThat(env.externalRedis()).contains(new TestInfrastructure.Redis("cache.example", 6380, Optional.empty()));
    }

    @Test
    void externalDefaults() {
        Settings env = new Settings(Map.of(
                Settings.POSTGRES_URL, "jdbc:postgresql://pg.example/",
                Settings.REDIS_URL, "redis://cache.example")::get);

        assertThat(env.externalPostgres()).contains(new TestInfrastructure.Postgres("pg.example", 5432, "xcord", "postgres", ""));
        assertThat(env.externalKafka()).isEmpty();
        assertThat(env.externalRedis()).contains(new TestInfrastructure.Redis("cache.example", 6379, Optional.empty()));
        assertThat(env.infraMode()).isEqualTo("auto");
    }
}
