package com.xcord.auth.session;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code sessions} and {@code refresh_tokens} tables (a session owns its refresh tokens). */
@Repository
class SessionRepository {

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the caller's session list. */
    record SessionRow(long id, Instant createdAt, Instant lastUsedAt, String ip, String userAgent) {
    }

    /** A refresh token that was current when it was presented. */
    record Rotated(long sessionId, long userId) {
    }

    /** What we know of a refresh token that could not be rotated. */
    record TokenState(long sessionId, long userId, boolean rotated, boolean sessionRevoked) {
    }

    void insertSession(long id, long userId, Instant now, Instant expiresAt, String ip, String userAgent) {
        jdbc.sql("""
                INSERT INTO sessions (id, user_id, created_at, last_used_at, expires_at, ip, user_agent)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, userId, ts(now), ts(now), ts(expiresAt), ip, userAgent)
                .update();
    }

    void insertRefreshToken(byte[] hash, long sessionId, Instant now, Instant expiresAt) {
        jdbc.sql("INSERT INTO refresh_tokens (hash, session_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash, sessionId, ts(now), ts(expiresAt))
                .update();
    }

    /**
     * Marks the token rotated if it is current, unexpired and its session active. Concurrent
     * callers with the same token serialize on the row: exactly one gets a result.
     */
    Optional<Rotated> rotate(byte[] hash, Instant now) {
        return jdbc.sql("""
                UPDATE refresh_tokens rt SET rotated_at = ?
                  FROM sessions s
                 WHERE rt.hash = ? AND rt.rotated_at IS NULL AND rt.expires_at > ?
                   AND s.id = rt.session_id AND s.revoked_at IS NULL AND s.expires_at > ?
                RETURNING rt.session_id, s.user_id""")
                .params(ts(now), hash, ts(now), ts(now))
                .query((rs, n) -> new Rotated(rs.getLong("session_id"), rs.getLong("user_id")))
                .optional();
    }

    Optional<TokenState> tokenState(byte[] hash) {
        return jdbc.sql("""
                SELECT rt.session_id, s.user_id, rt.rotated_at IS NOT NULL AS rotated, s.revoked_at IS NOT NULL AS revoked
                  FROM refresh_tokens rt JOIN sessions s ON s.id = rt.session_id
                 WHERE rt.hash = ?""")
                .param(hash)
                .query((rs, n) -> new TokenState(rs.getLong("session_id"), rs.getLong("user_id"),
                        rs.getBoolean("rotated"), rs.getBoolean("revoked")))
                .optional();
    }

    void touch(long sessionId, Instant now, Instant expiresAt, String ip, String userAgent) {
        jdbc.sql("UPDATE sessions SET last_used_at = ?, expires_at = ?, ip = ?, user_agent = ? WHERE id = ?")
                .params(ts(now), ts(expiresAt), ip, userAgent, sessionId)
                .update();
    }

    /** @return whether this call revoked it (false when already revoked or not the user's) */
    boolean revoke(long sessionId, long userId, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE sessions SET revoked_at = ?, revoke_reason = ?
                 WHERE id = ? AND user_id = ? AND revoked_at IS NULL""")
                .params(ts(now), reason, sessionId, userId)
                .update() == 1;
    }

    /** @return the ids of the sessions this call revoked */
    List<Long> revokeAll(long userId, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE sessions SET revoked_at = ?, revoke_reason = ?
                 WHERE user_id = ? AND revoked_at IS NULL
                RETURNING id""")
                .params(ts(now), reason, userId)
                .query((rs, n) -> rs.getLong(1))
                .list();
    }

    boolean isActive(long sessionId, Instant now) {
        return jdbc.sql("SELECT count(*) FROM sessions WHERE id = ? AND revoked_at IS NULL AND expires_at > ?")
                .params(sessionId, ts(now))
                .query(Long.class).single() > 0;
    }

    /** Active sessions of a user with ids in the given bounds: newest first, oldest first after a cursor. */
    List<SessionRow> active(long userId, Instant now, Long before, Long after, int limit) {
        String order = after != null ? "ASC" : "DESC";
        return jdbc.sql("""
                SELECT id, created_at, last_used_at, ip, user_agent FROM sessions
                 WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?
                   AND id < ? AND id > ?
                """ + " ORDER BY id " + order + " LIMIT ?")
                .params(userId, ts(now), before == null ? Long.MAX_VALUE : before, after == null ? Long.MIN_VALUE : after,
                        limit)
                .query(SessionRepository::row).list();
    }

    private static SessionRow row(ResultSet rs, int n) throws SQLException {
        return new SessionRow(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_used_at").toInstant(), rs.getString("ip"), rs.getString("user_agent"));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** Deletes sessions (and, by cascade, their refresh tokens) that ended before the cutoff. */
    int deleteEndedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM sessions WHERE revoked_at < ? OR expires_at < ?")
                .params(ts(cutoff), ts(cutoff)).update();
    }

    /** Rotated refresh tokens past their own expiry can no longer be presented as reuse: forget them. */
    int deleteExpiredRefreshTokens(Instant now) {
        return jdbc.sql("DELETE FROM refresh_tokens WHERE expires_at < ?").param(ts(now)).update();
    }
}
