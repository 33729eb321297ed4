package com.xcord.feed.support;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChangedV2;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MemberLeft;
import com.xcord.events.server.ServerEvents;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

/**
 * Named fixtures for the world outside this service: users, relationships and server
 * membership, published as auth-service and server-service would (events on their topics),
 * then awaited until the feed's projection shows them.
 */
public final class World {

    private static final EventCodec CODEC = new EventCodec();
    private static final AtomicLong NEXT_ID = new AtomicLong(
            1_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) * 1000);
    private static final Map<String, KafkaProducer<String, String>> PRODUCERS = new ConcurrentHashMap<>();

    private final KafkaProducer<String, String> producer;
    private final JdbcClient db;

    World(String bootstrapServers, JdbcClient db) {
        this.producer = PRODUCERS.computeIfAbsent(bootstrapServers, servers -> new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())));
        this.db = db;
    }

    /** A fresh user id no other test uses (not known to the feed until {@link #registered}). */
    public static long newUserId() {
        return NEXT_ID.incrementAndGet();
    }

    /** A fresh server id. */
    public static long newServerId() {
        return NEXT_ID.incrementAndGet();
    }

    /** A user auth-service announced, with a unique username starting with {@code name}. */
    public record User(long id, String username) {
    }

    public User registered(String name) {
        long id = newUserId();
        String username = (name + "_" + Long.toString(id, 36)).toLowerCase();
        publish(AuthEvents.USER_REGISTERED, Long.toString(id),
                new UserRegistered(Long.toString(id), username, name, Instant.now()));
        awaitTrue(() -> count("SELECT count(*) FROM known_users WHERE id = ?", id) == 1);
        return new User(id, username);
    }

    public void friends(long a, long b) {
        edge(a, b, RelationshipKind.FRIEND, true, Instant.now());
        awaitEdge(b, a, "FRIEND", true);
    }

    public void unfriend(long a, long b) {
        edge(a, b, RelationshipKind.FRIEND, false, Instant.now());
        awaitEdge(b, a, "FRIEND", false);
    }

    public void follows(long follower, long followee) {
        edge(follower, followee, RelationshipKind.FOLLOW, true, Instant.now());
        awaitEdge(follower, followee, "FOLLOW", true);
    }

    public void blocks(long blocker, long blocked) {
        edge(blocker, blocked, RelationshipKind.BLOCK, true, Instant.now());
        awaitEdge(blocker, blocked, "BLOCK", true);
    }

    public void unblocks(long blocker, long blocked) {
        edge(blocker, blocked, RelationshipKind.BLOCK, false, Instant.now());
        awaitEdge(blocker, blocked, "BLOCK", false);
    }

    /**
     * Publishes a relationship change without waiting (for reordering tests), as auth-service publishes it
     * now: version 2, with the stored rows' ids.
     */
    public void edge(long user, long target, RelationshipKind kind, boolean active, Instant at) {
        String friendsRow = kind == RelationshipKind.FRIEND ? Long.toString(NEXT_ID.incrementAndGet()) : null;
        publish(AuthEvents.RELATIONSHIP_CHANGED_V2, Long.toString(user), new RelationshipChangedV2(
                Long.toString(NEXT_ID.incrementAndGet()), friendsRow, Long.toString(user), Long.toString(target), kind,
                active, at));
    }

    public void joins(long serverId, long userId) {
        publish(ServerEvents.MEMBER_JOINED, Long.toString(serverId),
                new MemberJoined(Long.toString(serverId), Long.toString(userId), null, Instant.now()));
        awaitMember(serverId, userId, true);
    }

    public void leaves(long serverId, long userId) {
        publish(ServerEvents.MEMBER_LEFT, Long.toString(serverId),
                new MemberLeft(Long.toString(serverId), Long.toString(userId), Instant.now()));
        awaitMember(serverId, userId, false);
    }

    /** Publishes an event as its producing service would (envelope via the shared codec, key = subject). */
    public <T> EventEnvelope<T> publish(EventType<T> type, String subject, T payload) {
        EventEnvelope<T> envelope = EventEnvelope.of(UUID.randomUUID().toString(), type, "test", Instant.now(),
                subject, payload);
        try {
            producer.send(new ProducerRecord<>(type.topic(), subject, CODEC.encode(envelope))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return envelope;
    }

    /** Sends an already built envelope again (redelivery). */
    public void redeliver(EventEnvelope<?> envelope, String topic) {
        try {
            producer.send(new ProducerRecord<>(topic, envelope.subject(), CODEC.encode(envelope))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public void awaitEdge(long user, long target, String kind, boolean active) {
        awaitTrue(() -> count("SELECT count(*) FROM user_edges WHERE user_id = ? AND target_id = ? AND kind = ?"
                + " AND active = ?", user, target, kind, active) == 1);
    }

    public void awaitMember(long serverId, long userId, boolean active) {
        awaitTrue(() -> count("SELECT count(*) FROM server_members WHERE server_id = ? AND user_id = ? AND active = ?",
                serverId, userId, active) == 1);
    }

    public void awaitTrue(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
    }

    private long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
