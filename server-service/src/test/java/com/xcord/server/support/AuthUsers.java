package com.xcord.server.support;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.Topics;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.UserRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Plays auth-service: announces users on {@code xcord.auth.events}, as its outbox would, and waits for
 * server-service's user projection to know them (no row is inserted behind the projection's back).
 */
public final class AuthUsers {

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec;
    private final JdbcClient db;

    AuthUsers(KafkaTemplate<String, String> kafka, EventCodec codec, JdbcClient db) {
        this.kafka = kafka;
        this.codec = codec;
        this.db = db;
    }

    /** A new user auth-service announced, once the projection knows them. */
    public TestUser registered(String name) {
        TestUser user = TestUser.named(name);
        publish(AuthEvents.USER_REGISTERED, user.id(),
                new UserRegistered(user.idString(), name + user.id(), name, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> isKnown(user.id()));
        return user;
    }

    /** Publishes one event about {@code userId} (the key auth-service uses), without waiting for the projection. */
    public <T> EventEnvelope<T> publish(EventType<T> type, long userId, T payload) {
        return publish(EventEnvelope.of(UUID.randomUUID().toString(), type, "auth-service", Instant.now(),
                Long.toString(userId), payload));
    }

    /** Publishes an envelope as it is (again, for redelivery tests). */
    public <T> EventEnvelope<T> publish(EventEnvelope<T> event) {
        kafka.send(Topics.AUTH, event.subject(), codec.encode(event)).join();
        return event;
    }

    public boolean isKnown(long userId) {
        return db.sql("SELECT count(*) FROM known_users WHERE id = ?").params(userId).query(Long.class).single() > 0;
    }
}
