package com.xcord.feed.interaction;

import com.xcord.feed.audience.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code interactions} table, and the timeline entries reposts add. */
@Repository
class InteractionRepository {

    /** A bookmark row as listed. */
    record Bookmark(long id, long postId, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    InteractionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True if the row is new (false: the user had already done it). */
    boolean insert(long id, long userId, long postId, Kind kind, Instant at) {
        return jdbc.sql("""
                        INSERT INTO interactions (id, user_id, post_id, kind, created_at)
                        VALUES (:id, :userId, :postId, :kind, :at)
                        ON CONFLICT (user_id, post_id, kind) DO NOTHING
                        """)
                .param("id", id)
                .param("userId", userId)
                .param("postId", postId)
                .param("kind", kind.name())
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** The id of the removed row, if there was one. */
    Optional<Long> delete(long userId, long postId, Kind kind) {
        return jdbc.sql("DELETE FROM interactions WHERE user_id = :userId AND post_id = :postId AND kind = :kind"
                        + " RETURNING id")
                .param("userId", userId)
                .param("postId", postId)
                .param("kind", kind.name())
                .query(Long.class)
                .optional();
    }

    void addRepostEntry(long repostId, long userId, long postId, Long serverId) {
        jdbc.sql("""
                        INSERT INTO timeline_entries (id, actor_id, post_id, kind, server_id, is_reply)
                        VALUES (:id, :userId, :postId, 'REPOST', :serverId, FALSE)
                        """)
                .param("id", repostId)
                .param("userId", userId)
                .param("postId", postId)
                .param("serverId", serverId)
                .update();
    }

    void removeRepostEntry(long repostId) {
        jdbc.sql("DELETE FROM timeline_entries WHERE id = :id").param("id", repostId).update();
    }

    /** The user's bookmarks of live posts they may still see, newest first. */
    List<Bookmark> bookmarks(long userId, Long before, int limit) {
        return jdbc.sql("SELECT i.id, i.post_id, i.created_at FROM interactions i JOIN posts p ON p.id = i.post_id"
                        + " WHERE i.user_id = :userId AND i.kind = 'BOOKMARK' AND i.id < :before"
                        + " AND p.deleted_at IS NULL AND " + Visibility.visibleTo("p", ":userId")
                        + " ORDER BY i.id DESC LIMIT :limit")
                .param("userId", userId)
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("limit", limit)
                .query((rs, n) -> new Bookmark(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}
