package com.xcord.feed.post;

import com.xcord.feed.audience.Visibility;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.media.MediaObjectView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns post ids into {@link PostView}s for one viewer. However long the page, it costs four
 * queries: the posts (with authors and a visibility flag), the posts they quote, the counts as
 * this viewer may see them, and the viewer's likes, reposts and bookmarks.
 *
 * <p>Like and repost counts are stored on the post (exact under concurrency, no count query);
 * what a viewer must not see - likes and reposts by users blocked in either direction - is
 * counted per page for the viewer's (few) blocked users and subtracted.
 */
@Component
public class PostViews {

    private final JdbcClient jdbc;

    PostViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One view per id, in the order given; ids the viewer may not see come back as unavailable placeholders. */
    public List<PostView> of(long viewer, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Loaded> posts = load(viewer, new LinkedHashSet<>(ids));
        Set<Long> quoted = new LinkedHashSet<>();
        posts.values().forEach(p -> {
            if (p.visible && !p.row.deleted() && p.row.quoteOfId() != null && !posts.containsKey(p.row.quoteOfId())) {
                quoted.add(p.row.quoteOfId());
            }
        });
        Map<Long, Loaded> all = new HashMap<>(posts);
        all.putAll(load(viewer, quoted));
        Set<Long> shown = new HashSet<>(all.keySet());
        Map<Long, long[]> counts = counts(viewer, shown);
        Map<Long, Set<String>> flags = flags(viewer, shown);

        List<PostView> views = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Loaded post = posts.get(id);
            PostView quote = null;
            if (post != null && post.visible && !post.row.deleted() && post.row.quoteOfId() != null) {
                quote = view(all.get(post.row.quoteOfId()), post.row.quoteOfId(), null, counts, flags);
            }
            views.add(view(post, id, quote, counts, flags));
        }
        return views;
    }

    public PostView one(long viewer, long id) {
        return of(viewer, List.of(id)).get(0);
    }

    private static PostView view(Loaded post, long id, PostView quote, Map<Long, long[]> counts,
            Map<Long, Set<String>> flags) {
        if (post == null || !post.visible) {
            return PostView.unavailable(Ids.format(id));
        }
        PostRow p = post.row;
        long[] c = counts.getOrDefault(id, new long[COUNTS]);
        if (p.deleted()) {
            return PostView.deleted(Ids.format(id), Ids.formatNullable(p.replyToId()), Ids.format(p.rootId()),
                    c[REPLIES]);
        }
        Set<String> mine = flags.getOrDefault(id, Set.of());
        return new PostView(Ids.format(id), false, false,
                new PostView.Author(Ids.format(p.authorId()), post.username, post.displayName), p.content(),
                p.mediaIds().stream().map(Ids::format).toList(), MediaObjectView.of(p.media()),
                Ids.formatNullable(p.replyToId()),
                Ids.format(p.rootId()), Ids.formatNullable(p.quoteOfId()), quote, p.audience().wireName(),
                Ids.formatNullable(p.serverId()), p.mentionIds().stream().map(Ids::format).toList(), p.hashtags(),
                p.createdAt(), p.likeCount() - c[HIDDEN_LIKES], p.repostCount() - c[HIDDEN_REPOSTS], c[REPLIES],
                c[QUOTES], mine.contains("LIKE"),
                mine.contains("REPOST"), mine.contains("BOOKMARK"));
    }

    private record Loaded(PostRow row, String username, String displayName, boolean visible) {
    }

    private Map<Long, Loaded> load(long viewer, Set<Long> ids) {
        Map<Long, Loaded> loaded = new HashMap<>();
        if (ids.isEmpty()) {
            return loaded;
        }
        jdbc.sql("SELECT " + PostRepository.COLUMNS + ", u.username, u.display_name, "
                        + Visibility.visibleTo("p", ":viewer") + " AS visible"
                        + " FROM posts p LEFT JOIN known_users u ON u.id = p.author_id WHERE p.id IN (:ids)")
                .param("viewer", viewer)
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> loaded(rs))
                .list()
                .forEach(l -> loaded.put(l.row.id(), l));
        return loaded;
    }

    private static Loaded loaded(ResultSet rs) throws SQLException {
        return new Loaded(PostRepository.row(rs, 0), rs.getString("username"), rs.getString("display_name"),
                rs.getBoolean("visible"));
    }

    private static final int REPLIES = 0;
    private static final int QUOTES = 1;
    private static final int HIDDEN_LIKES = 2;
    private static final int HIDDEN_REPOSTS = 3;
    private static final int COUNTS = 4;

    /**
     * Post id → [visible replies, visible quotes, likes and reposts by users blocked with the
     * viewer]; deleted replies and quotes are not counted.
     */
    private Map<Long, long[]> counts(long viewer, Set<Long> ids) {
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("SELECT r.reply_to_id AS post_id, " + REPLIES + " AS k, count(*) AS n FROM posts r"
                        + " WHERE r.reply_to_id IN (:ids) AND r.deleted_at IS NULL AND "
                        + Visibility.visibleTo("r", ":viewer") + " GROUP BY r.reply_to_id"
                        + " UNION ALL SELECT q.quote_of_id, " + QUOTES + ", count(*) FROM posts q"
                        + " WHERE q.quote_of_id IN (:ids) AND q.deleted_at IS NULL AND "
                        + Visibility.visibleTo("q", ":viewer") + " GROUP BY q.quote_of_id"
                        + " UNION ALL SELECT i.post_id, CASE i.kind WHEN 'LIKE' THEN " + HIDDEN_LIKES
                        + " ELSE " + HIDDEN_REPOSTS + " END, count(*) FROM interactions i"
                        + " WHERE i.post_id IN (:ids) AND i.kind IN ('LIKE', 'REPOST')"
                        + " AND i.user_id IN (" + Visibility.blockedWith(":viewer") + ")"
                        + " GROUP BY i.post_id, i.kind")
                .param("viewer", viewer)
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getLong("post_id"), k -> new long[COUNTS])[rs.getInt("k")] = rs.getLong("n");
                    return null;
                })
                .list();
        return counts;
    }

    private Map<Long, Set<String>> flags(long viewer, Set<Long> ids) {
        Map<Long, Set<String>> flags = new HashMap<>();
        jdbc.sql("SELECT post_id, kind FROM interactions WHERE user_id = :viewer AND post_id IN (:ids)")
                .param("viewer", viewer)
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> flags.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)))
                .list();
        return flags;
    }
}
