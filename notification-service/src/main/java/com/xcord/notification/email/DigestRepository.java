package com.xcord.notification.email;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The digest's reads of the inbox ({@code notification}: unread, not yet emailed) and its own bookkeeping
 * ({@code email_state.last_digest_at}, {@code notification.emailed}).
 */
@Repository
class DigestRepository {

    record Item(long id, String type, long actorId, String subjectType, String excerpt, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    DigestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Users with an address, unread notifications not yet emailed, subscribed, and no digest since {@code due}. */
    List<Long> due(Instant due, int limit) {
        return jdbc.sql("""
                        SELECT n.recipient_id FROM notification n
                          JOIN known_user u ON u.id = n.recipient_id AND u.email IS NOT NULL
                          LEFT JOIN email_state e ON e.user_id = n.recipient_id
                         WHERE NOT n.read AND NOT n.gone AND NOT n.emailed
                           AND (e.user_id IS NULL
                                OR (NOT e.unsubscribed AND (e.last_digest_at IS NULL OR e.last_digest_at <= :due)))
                         GROUP BY n.recipient_id ORDER BY n.recipient_id LIMIT :limit
                        """)
                .param("due", Timestamp.from(due)).param("limit", limit).query(Long.class).list();
    }

    /** The user's unread, not yet emailed notifications, newest first. */
    List<Item> waiting(long userId, int limit) {
        return jdbc.sql("""
                        SELECT id, type, actor_id, subject_type, excerpt, created_at FROM notification
                         WHERE recipient_id = :u AND NOT read AND NOT gone AND NOT emailed ORDER BY id DESC LIMIT :n
                        """)
                .param("u", userId).param("n", limit)
                .query((rs, i) -> new Item(rs.getLong("id"), rs.getString("type"), rs.getLong("actor_id"),
                        rs.getString("subject_type"), rs.getString("excerpt"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Everything waiting up to {@code upTo} was considered (sent, or of a type the user keeps out of mail). */
    void considered(long userId, long upTo) {
        jdbc.sql("UPDATE notification SET emailed = true WHERE recipient_id = :u AND id <= :upTo AND NOT emailed")
                .param("u", userId).param("upTo", upTo).update();
    }

    void sent(long userId, Instant at) {
        jdbc.sql("""
                        INSERT INTO email_state (user_id, last_digest_at) VALUES (:u, :at)
                        ON CONFLICT (user_id) DO UPDATE SET last_digest_at = excluded.last_digest_at
                        """)
                .param("u", userId).param("at", Timestamp.from(at)).update();
    }
}
