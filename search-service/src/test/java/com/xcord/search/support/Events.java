package com.xcord.search.support;

import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.servicekit.id.SnowflakeIds;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Publishes a producer's event and waits until the index has applied it (its id is in {@code processed_event}):
 * the fixtures' only way in, exactly as in production — no row is written behind the service's back.
 */
public final class Events {

    /** Snowflake ids like the producers', so ids order by time as in production. */
    private static final SnowflakeIds IDS = new SnowflakeIds(1001);

    private final ProducerEvents producer;
    private final JdbcClient db;

    Events(ProducerEvents producer, JdbcClient db) {
        this.producer = producer;
        this.db = db;
    }

    public static long nextId() {
        return IDS.next();
    }

    /** Publishes and waits until applied. */
    public <T> EventEnvelope<T> apply(EventType<T> type, long key, T payload) {
        EventEnvelope<T> envelope = producer.publish(type, key, payload);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(() -> db
                .sql("SELECT count(*) FROM processed_event WHERE event_id = ?").params(envelope.id())
                .query(Long.class).single() > 0);
        return envelope;
    }
}
