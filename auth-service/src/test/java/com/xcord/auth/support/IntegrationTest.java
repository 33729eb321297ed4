package com.xcord.auth.support;

import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.Topics;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.function.Predicate;

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

    /**
     * Waits for the first event of this type on {@code xcord.auth.events} (read from the start,
     * as another service would) whose payload matches; it must be keyed by its subject.
     */
    protected <T> EventEnvelope<T> awaitEvent(EventType<T> type, Predicate<? super T> matching) {
        try (EventProbe events = EventProbe.fromStart(kafka, Topics.AUTH)) {
            return events.awaitFirst(type, matching);
        }
    }

    protected long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
