package com.xcord.notification.intake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code mention_fanout} queue. */
@Repository
class FanoutRepository {

    record Fanout(long messageId, long serverId, long channelId, long authorId, boolean everyone, List<Long> roleIds,
            String excerpt, Instant createdAt, long cursorUserId) {
    }

    private final JdbcClient jdbc;

    FanoutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queue(Mentions.Posted m) {
        jdbc.sql("""
                        INSERT INTO mention_fanout (message_id, server_id, channel_id, author_id, everyone, role_ids,
                                                    excerpt, created_at)
                        VALUES (:m, :s, :c, :a, :everyone, :roles, :excerpt, :at)
                        ON CONFLICT (message_id) DO NOTHING
                        """)
                .param("m", m.messageId()).param("s", m.serverId()).param("c", m.channelId())
                .param("a", m.authorId()).param("everyone", m.everyone())
                .param("roles", m.roleIds().toArray(Long[]::new)).param("excerpt", m.content())
                .param("at", Timestamp.from(m.createdAt())).update();
    }

    void cancel(long messageId) {
        jdbc.sql("UPDATE mention_fanout SET done = true WHERE message_id = :m").param("m", messageId).update();
    }

    /** The oldest pending fan-out, locked for this transaction; another replica takes the next one. */
    Optional<Fanout> lockNext() {
        return jdbc.sql("""
                        SELECT message_id, server_id, channel_id, author_id, everyone, role_ids, excerpt, created_at,
                               cursor_user_id
                          FROM mention_fanout WHERE NOT done ORDER BY message_id LIMIT 1 FOR UPDATE SKIP LOCKED
                        """)
                .query((rs, n) -> new Fanout(rs.getLong("message_id"), rs.getLong("server_id"),
                        rs.getLong("channel_id"), rs.getLong("author_id"), rs.getBoolean("everyone"),
                        Arrays.asList((Long[]) rs.getArray("role_ids").getArray()), rs.getString("excerpt"),
                        rs.getTimestamp("created_at").toInstant(), rs.getLong("cursor_user_id")))
                .optional();
    }

    void advance(long messageId, long cursorUserId, boolean done) {
        jdbc.sql("UPDATE mention_fanout SET cursor_user_id = :c, done = :done WHERE message_id = :m")
                .param("c", cursorUserId).param("done", done).param("m", messageId).update();
    }

    long pending() {
        return jdbc.sql("SELECT count(*) FROM mention_fanout WHERE NOT done").query(Long.class).single();
    }
}
