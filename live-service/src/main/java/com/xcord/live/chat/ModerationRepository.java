package com.xcord.live.chat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code chat_ban} and {@code chat_moderator} tables: per streamer (their channel), not per broadcast. */
@Repository
class ModerationRepository {

    private final JdbcClient jdbc;

    ModerationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isModerator(long streamerId, long userId) {
        return jdbc.sql("SELECT count(*) FROM chat_moderator WHERE streamer_id = :s AND user_id = :u")
                .param("s", streamerId).param("u", userId).query(Long.class).single() > 0;
    }

    void addModerator(long streamerId, long userId, Instant at) {
        jdbc.sql("""
                        INSERT INTO chat_moderator (streamer_id, user_id, created_at) VALUES (:s, :u, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .param("s", streamerId).param("u", userId).param("at", Timestamp.from(at)).update();
    }

    void removeModerator(long streamerId, long userId) {
        jdbc.sql("DELETE FROM chat_moderator WHERE streamer_id = :s AND user_id = :u")
                .param("s", streamerId).param("u", userId).update();
    }

    /** When the user's ban in the streamer's chat ends: empty if not banned now; {@code Instant.MAX} if for good. */
    Optional<Instant> bannedUntil(long streamerId, long userId, Instant now) {
        return jdbc.sql("""
                        SELECT expires_at FROM chat_ban
                         WHERE streamer_id = :s AND user_id = :u AND (expires_at IS NULL OR expires_at > :now)
                        """)
                .param("s", streamerId).param("u", userId).param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    Timestamp expires = rs.getTimestamp(1);
                    return expires == null ? Instant.MAX : expires.toInstant();
                }).optional();
    }

    void ban(long streamerId, long userId, long by, Instant expiresAt, Instant at) {
        jdbc.sql("""
                        INSERT INTO chat_ban (streamer_id, user_id, banned_by, expires_at, created_at)
                        VALUES (:s, :u, :by, :exp, :at)
                        ON CONFLICT (streamer_id, user_id) DO UPDATE SET banned_by = EXCLUDED.banned_by,
                               expires_at = EXCLUDED.expires_at, created_at = EXCLUDED.created_at
                        """)
                .param("s", streamerId).param("u", userId).param("by", by)
                .param("exp", expiresAt == null ? null : Timestamp.from(expiresAt)).param("at", Timestamp.from(at))
                .update();
    }

    void unban(long streamerId, long userId) {
        jdbc.sql("DELETE FROM chat_ban WHERE streamer_id = :s AND user_id = :u")
                .param("s", streamerId).param("u", userId).update();
    }
}
