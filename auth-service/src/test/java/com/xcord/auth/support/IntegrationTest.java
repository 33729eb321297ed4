package com.xcord.auth.support;

import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every HTTP test of this module has at hand: the client, the database, Kafka's address. */
@AuthServiceTest
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient db;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    protected Api api;

    @BeforeEach
    void client() {
        api = new Api(port).fromRandomClientAddresses();
    }

    protected long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
