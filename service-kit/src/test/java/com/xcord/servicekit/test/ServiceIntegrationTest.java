package com.xcord.servicekit.test;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every HTTP test of a service has at hand: the client on the service's random port, its database and
 * Kafka's address. A service's {@code support/IntegrationTest} extends it, carries the service's test annotation
 * (its {@code @SpringBootTest}) and adds its own fixtures in a {@code @BeforeEach} (run after this one's).
 */
public abstract class ServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient db;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    protected Api api;

    @BeforeEach
    void client() {
        api = newApi(port);
    }

    /** The HTTP client the tests use; a service whose tests need another (e.g. varying client addresses) overrides it. */
    protected Api newApi(int port) {
        return new Api(port);
    }

    private TestMedia media;

    /** Media as media-service announces it (ready, failed, deleted), for a service that attaches media. */
    protected TestMedia media() {
        if (media == null) {
            media = new TestMedia(kafka, db);
        }
        return media;
    }

    @AfterEach
    void closeMedia() {
        if (media != null) {
            media.close();
        }
    }

    /** A {@code count(*)}-style query's single number. */
    protected long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
