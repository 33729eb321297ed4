package com.xcord.notification.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code known_user}, {@code user_block} and {@code user_follow} tables. Stale changes (older than stored) lose. */
@Repository
class PeopleRepository {

    private final JdbcClient jdbc;

    PeopleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void blockChanged(long blocker, long blocked, boolean active, Instant at) {
        edge("user_block", "blocker_id", "blocked_id", blocker, blocked, active, at);
    }

    void followChanged(long follower, long followed, boolean active, Instant at) {
        edge("user_follow", "follower_id", "followed_id", follower, followed, active, at);
    }

    private void edge(String table, String from, String to, long a, long b, boolean active, Instant at) {
        jdbc.sql("INSERT INTO " + table + " (" + from + ", " + to + ", active, changed_at) VALUES (:a, :b, :active, :at)"
                        + " ON CONFLICT (" + from + ", " + to + ") DO UPDATE"
                        + " SET active = excluded.active, changed_at = excluded.changed_at"
                        + " WHERE " + table + ".changed_at <= excluded.changed_at")
                .param("a", a).param("b", b).param("active", active).param("at", Timestamp.from(at))
                .update();
    }

    boolean anyBlockBetween(long a, long b) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM user_block
                                        WHERE active AND ((blocker_id = :a AND blocked_id = :b)
                                                       OR (blocker_id = :b AND blocked_id = :a)))
                        """)
                .param("a", a).param("b", b).query(Boolean.class).single();
    }

    java.util.Set<Long> blockedAmong(long user, java.util.Collection<Long> others) {
        if (others.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                        SELECT blocked_id FROM user_block WHERE active AND blocker_id = :u AND blocked_id IN (:others)
                        UNION
                        SELECT blocker_id FROM user_block WHERE active AND blocked_id = :u AND blocker_id IN (:others)
                        """)
                .param("u", user).param("others", others).query(Long.class).list());
    }

    List<Long> followers(long userId, long after, int limit) {
        return jdbc.sql("""
                        SELECT follower_id FROM user_follow
                         WHERE followed_id = :user AND active AND follower_id > :after
                         ORDER BY follower_id LIMIT :limit
                        """)
                .param("user", userId).param("after", after).param("limit", limit).query(Long.class).list();
    }

    void emailChanged(long userId, String email, Instant at) {
        jdbc.sql("""
                        INSERT INTO known_user (id, email, changed_at) VALUES (:id, :email, :at)
                        ON CONFLICT (id) DO UPDATE SET email = excluded.email, changed_at = excluded.changed_at
                         WHERE known_user.changed_at IS NULL OR known_user.changed_at <= excluded.changed_at
                        """)
                .param("id", userId).param("email", email).param("at", Timestamp.from(at)).update();
    }

    void named(long userId, String username, String displayName, Instant at) {
        jdbc.sql("""
                        INSERT INTO known_user (id, username, display_name, profile_updated_at)
                        VALUES (:id, :username, :name, :at)
                        ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name,
                                                       profile_updated_at = excluded.profile_updated_at
                         WHERE known_user.profile_updated_at IS NULL
                            OR known_user.profile_updated_at <= excluded.profile_updated_at
                        """)
                .param("id", userId).param("username", username).param("name", displayName)
                .param("at", Timestamp.from(at)).update();
    }

    Optional<String> nameOf(long userId) {
        return jdbc.sql("SELECT coalesce(display_name, username) FROM known_user WHERE id = :id")
                .param("id", userId).query(String.class).optional();
    }

    Optional<String> emailOf(long userId) {
        return jdbc.sql("SELECT email FROM known_user WHERE id = :id AND email IS NOT NULL").param("id", userId)
                .query(String.class).optional();
    }
}
