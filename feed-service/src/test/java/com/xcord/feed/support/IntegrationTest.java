package com.xcord.feed.support;

import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every HTTP test of this module has at hand: the client, the database, the fixtures. */
@FeedServiceTest
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient db;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    protected Api api;
    protected World world;
    protected Posts posts;

    @BeforeEach
    void fixtures() {
        api = new Api(port);
        world = new World(kafka, db);
        posts = new Posts(api);
    }

    protected long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
