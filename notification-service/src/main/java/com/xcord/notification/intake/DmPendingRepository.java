package com.xcord.notification.intake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The {@code dm_pending} queue and the {@code dm_read} markers. */
@Repository
class DmPendingRepository {

    record Pending(long recipientId, long messageId, long conversationId, long senderId, String excerpt,
            Instant createdAt) {
    }

    private final JdbcClient jdbc;

    DmPendingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Pending p, Instant due) {
        jdbc.sql("""
                        INSERT INTO dm_pending (recipient_id, message_id, conversation_id, sender_id, excerpt, created_at,
                                                due_at)
                        VALUES (:r, :m, :c, :s, :excerpt, :at, :due) ON CONFLICT DO NOTHING
                        """)
                .param("r", p.recipientId()).param("m", p.messageId()).param("c", p.conversationId())
                .param("s", p.senderId()).param("excerpt", p.excerpt()).param("at", Timestamp.from(p.createdAt()))
                .param("due", Timestamp.from(due)).update();
    }

    /** The reader's marker moved: remembered (never backwards), and what it passed no longer waits. */
    void read(long userId, long conversationId, long upTo) {
        jdbc.sql("""
                        INSERT INTO dm_read (conversation_id, user_id, last_read_message_id) VALUES (:c, :u, :m)
                        ON CONFLICT (conversation_id, user_id) DO UPDATE
                           SET last_read_message_id = greatest(dm_read.last_read_message_id, excluded.last_read_message_id)
                        """)
                .param("c", conversationId).param("u", userId).param("m", upTo).update();
        jdbc.sql("DELETE FROM dm_pending WHERE recipient_id = :u AND conversation_id = :c AND message_id <= :m")
                .param("u", userId).param("c", conversationId).param("m", upTo).update();
    }

    void forget(long messageId) {
        jdbc.sql("DELETE FROM dm_pending WHERE message_id = :m").param("m", messageId).update();
    }

    /** Removes and returns up to {@code limit} rows due by {@code now}, locked against another replica. */
    List<Pending> takeDue(Instant now, int limit) {
        return jdbc.sql("""
                        DELETE FROM dm_pending WHERE (recipient_id, message_id) IN (
                            SELECT recipient_id, message_id FROM dm_pending WHERE due_at <= :now
                             ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING recipient_id, message_id, conversation_id, sender_id, excerpt, created_at
                        """)
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Pending(rs.getLong("recipient_id"), rs.getLong("message_id"),
                        rs.getLong("conversation_id"), rs.getLong("sender_id"), rs.getString("excerpt"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    boolean isRead(Pending p) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM dm_read WHERE conversation_id = :c AND user_id = :u
                                                              AND last_read_message_id >= :m)
                        """)
                .param("c", p.conversationId()).param("u", p.recipientId()).param("m", p.messageId())
                .query(Boolean.class).single();
    }
}
