package com.xcord.feed.post;

import com.xcord.feed.audience.Visibility;
import com.xcord.servicekit.media.MediaJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code posts} table and the timeline entries a post adds. */
@Repository
class PostRepository {

    static final String COLUMNS = """
            p.id, p.author_id, p.owner_id, p.content, p.media_ids, p.media, p.reply_to_id, p.root_id, p.quote_of_id,
            p.audience, p.server_id, p.mention_ids, p.hashtags, p.like_count, p.repost_count, p.created_at,
            p.deleted_at""";

    private final JdbcClient jdbc;

    PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PostRow post) {
        jdbc.sql("""
                        INSERT INTO posts (id, author_id, owner_id, content, media_ids, media, reply_to_id, root_id,
                                           quote_of_id, audience, server_id, mention_ids, hashtags, created_at)
                        VALUES (:id, :authorId, :ownerId, :content, :mediaIds::bigint[], :media::jsonb, :replyToId,
                                :rootId, :quoteOfId,
                                :audience, :serverId, :mentionIds::bigint[], :hashtags::text[], :createdAt)
                        """)
                .param("id", post.id())
                .param("authorId", post.authorId())
                .param("ownerId", post.ownerId())
                .param("content", post.content())
                .param("mediaIds", arrayLiteral(post.mediaIds()))
                .param("media", MediaJson.write(post.media()))
                .param("replyToId", post.replyToId())
                .param("rootId", post.rootId())
                .param("quoteOfId", post.quoteOfId())
                .param("audience", post.audience().name())
                .param("serverId", post.serverId())
                .param("mentionIds", arrayLiteral(post.mentionIds()))
                .param("hashtags", textArrayLiteral(post.hashtags()))
                .param("createdAt", Timestamp.from(post.createdAt()))
                .update();
        jdbc.sql("""
                        INSERT INTO timeline_entries (id, actor_id, post_id, kind, server_id, is_reply)
                        VALUES (:id, :authorId, :id, 'POST', :serverId, :isReply)
                        """)
                .param("id", post.id())
                .param("authorId", post.authorId())
                .param("serverId", post.serverId())
                .param("isReply", post.replyToId() != null)
                .update();
    }

    /** The post if it exists and the viewer may see it (deleted ones included). */
    Optional<PostRow> findVisible(long id, long viewer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM posts p WHERE p.id = :id AND "
                        + Visibility.visibleTo("p", ":viewer"))
                .param("id", id)
                .param("viewer", viewer)
                .query(PostRepository::row)
                .optional();
    }

    /** Locks the row: the caller's transaction serializes with likes, reposts and other deletes of it. */
    Optional<PostRow> lockVisible(long id, long viewer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM posts p WHERE p.id = :id AND "
                        + Visibility.visibleTo("p", ":viewer") + " FOR UPDATE OF p")
                .param("id", id)
                .param("viewer", viewer)
                .query(PostRepository::row)
                .optional();
    }

    /** Clears what the author wrote; the row stays so the thread keeps its shape. */
    void tombstone(long id, Instant at) {
        jdbc.sql("""
                        UPDATE posts SET content = NULL, media_ids = '{}', media = '[]', mention_ids = '{}', hashtags = '{}',
                                         deleted_at = :at
                         WHERE id = :id
                        """)
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("DELETE FROM timeline_entries WHERE post_id = :id AND kind = 'POST'").param("id", id).update();
    }

    /** Ids of the post's ancestors, the thread's root first. */
    List<Long> ancestorIds(long id) {
        return jdbc.sql("""
                        WITH RECURSIVE up (id, parent, depth) AS (
                            SELECT p.id, p.reply_to_id, 0 FROM posts p WHERE p.id = :id
                            UNION ALL
                            SELECT p.id, p.reply_to_id, up.depth + 1 FROM posts p JOIN up ON p.id = up.parent
                        )
                        SELECT id FROM up WHERE depth > 0 ORDER BY depth DESC
                        """)
                .param("id", id)
                .query(Long.class)
                .list();
    }

    /** Direct replies the viewer may see (deleted ones as placeholders), oldest first after the cursor. */
    List<Long> replyIds(long parentId, long viewer, Long after, Long before, int limit) {
        boolean newestFirst = before != null;
        String sql = "SELECT p.id FROM posts p WHERE p.reply_to_id = :parent AND "
                + Visibility.visibleTo("p", ":viewer")
                + (newestFirst ? " AND p.id < :before ORDER BY p.id DESC" : " AND p.id > :after ORDER BY p.id")
                + " LIMIT :limit";
        return jdbc.sql(sql)
                .param("parent", parentId)
                .param("viewer", viewer)
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("after", after == null ? Long.MIN_VALUE : after)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** Mentioned users (other than the author) who may see the post: they get a mention event. */
    List<Long> mentionedViewers(long postId) {
        return jdbc.sql("SELECT u.id FROM posts p CROSS JOIN LATERAL unnest(p.mention_ids) AS u(id) "
                        + "WHERE p.id = :id AND u.id <> p.author_id AND " + Visibility.visibleTo("p", "u.id"))
                .param("id", postId)
                .query(Long.class)
                .list();
    }

    static PostRow row(ResultSet rs, int n) throws SQLException {
        Timestamp deleted = rs.getTimestamp("deleted_at");
        return new PostRow(rs.getLong("id"), rs.getLong("author_id"), rs.getLong("owner_id"), rs.getString("content"),
                longs(rs.getArray("media_ids")), MediaJson.read(rs.getString("media")), (Long) rs.getObject("reply_to_id", Long.class), rs.getLong("root_id"),
                rs.getObject("quote_of_id", Long.class), Audience.valueOf(rs.getString("audience")),
                rs.getObject("server_id", Long.class), longs(rs.getArray("mention_ids")),
                strings(rs.getArray("hashtags")), rs.getLong("like_count"), rs.getLong("repost_count"),
                rs.getTimestamp("created_at").toInstant(), deleted == null ? null : deleted.toInstant());
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String arrayLiteral(List<Long> values) {
        return "{" + String.join(",", values.stream().map(String::valueOf).toList()) + "}";
    }

    /** Hashtags are letters, digits and underscores only, so they need no quoting in an array literal. */
    private static String textArrayLiteral(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "}";
    }

}
