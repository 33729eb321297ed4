package com.xcord.dm.support;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChangedV2;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Named fixtures for users: each is announced on auth-service's topic and awaited in
 * dm-service's projection, exactly as in production (no row is inserted behind its back).
 */
public final class Users {

    /** Ids unique across the test JVM, far from anything the service's snowflakes produce. */
    private static final AtomicLong NEXT = new AtomicLong(1_000_000L + System.nanoTime() % 1_000_000L * 1_000L);

    private final AuthEventsFeed feed;
    private final JdbcClient db;

    Users(AuthEventsFeed feed, JdbcClient db) {
        this.feed = feed;
        this.db = db;
    }

    /** A user id auth-service never announced. */
    public static long unknown() {
        return NEXT.incrementAndGet();
    }

    /** A registered user dm-service knows. */
    public long registered() {
        return registered(1).get(0);
    }

    /** {@code n} registered users, announced together and awaited together. */
    public List<Long> registered(int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = NEXT.incrementAndGet();
            feed.publish(AuthEvents.USER_REGISTERED, id, new UserRegistered(Long.toString(id), "user" + id, null,
                    Instant.now()));
            ids.add(id);
        }
        awaitUntil(() -> ids.stream().allMatch(this::isKnown));
        return ids;
    }

    public boolean isKnown(long id) {
        return db.sql("SELECT count(*) FROM known_user WHERE id = ?").params(id).query(Long.class).single() == 1;
    }

    /** {@code blocker} blocks {@code blocked} (auth-service's event), awaited in the projection. */
    public void block(long blocker, long blocked) {
        blockChange(blocker, blocked, true, Instant.now());
        awaitUntil(() -> blocks(blocker, blocked));
    }

    public void unblock(long blocker, long blocked) {
        blockChange(blocker, blocked, false, Instant.now());
        awaitUntil(() -> !blocks(blocker, blocked));
    }

    /**
     * Publishes a block change with the given time, without waiting (for reordering tests), as auth-service
     * publishes it now: version 2, with the stored row's id.
     */
    public void blockChange(long blocker, long blocked, boolean active, Instant at) {
        feed.publish(AuthEvents.RELATIONSHIP_CHANGED_V2, blocker, new RelationshipChangedV2(
                Long.toString(NEXT.incrementAndGet()), null, Long.toString(blocker), Long.toString(blocked),
                RelationshipKind.BLOCK, active, at));
    }

    public boolean blocks(long blocker, long blocked) {
        return db.sql("SELECT count(*) FROM user_block WHERE blocker_id = ? AND blocked_id = ? AND active")
                .params(blocker, blocked).query(Long.class).single() == 1;
    }

    /** The user turns read receipts on or off in their profile (a {@code user.updated} event), awaited. */
    public void readReceipts(long userId, boolean enabled) {
        profileUpdate(userId, enabled, Instant.now());
        awaitUntil(() -> readReceiptsEnabled(userId) == enabled);
    }

    public void profileUpdate(long userId, boolean readReceipts, Instant at) {
        feed.publish(AuthEvents.USER_UPDATED, userId, new UserUpdated(Long.toString(userId), "user" + userId, null,
                null, null, null, readReceipts, at));
    }

    public Boolean readReceiptsEnabled(long userId) {
        return db.sql("SELECT read_receipts_enabled FROM known_user WHERE id = ?").params(userId)
                .query(Boolean.class).optional().orElse(null);
    }

    public AuthEventsFeed feed() {
        return feed;
    }

    private static void awaitUntil(java.util.concurrent.Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(condition);
    }
}
