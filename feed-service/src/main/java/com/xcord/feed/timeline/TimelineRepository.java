package com.xcord.feed.timeline;

import com.xcord.feed.audience.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Reads {@code timeline_entries}: only entries of live posts the viewer may see, newest first. */
@Repository
class TimelineRepository {

    /** An entry as read: who put it there and which post it shows. */
    record Entry(long id, String kind, long actorId, long postId, String actorUsername, String actorDisplayName) {
    }

    private static final String SELECT = """
            SELECT e.id, e.kind, e.actor_id, e.post_id, u.username, u.display_name
              FROM timeline_entries e
              JOIN posts p ON p.id = e.post_id
              LEFT JOIN known_users u ON u.id = e.actor_id AND e.kind = 'REPOST'
             WHERE e.id < :before AND p.deleted_at IS NULL
            """;

    private final JdbcClient jdbc;

    TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> feed(long viewer, FeedFilter filter, Long before, int limit) {
        return jdbc.sql(feedSql(filter))
                .param("viewer", viewer)
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("limit", limit)
                .query(TimelineRepository::entry)
                .list();
    }

    /** The home timeline query (parameters {@code viewer}, {@code before}, {@code limit}). */
    static String feedSql(FeedFilter filter) {
        String source = switch (filter) {
            case FRIENDS -> Visibility.followedBy("e.actor_id", ":viewer");
            case SERVERS -> "e.server_id IN " + Visibility.serversOf(":viewer");
            case ALL -> "(" + Visibility.followedBy("e.actor_id", ":viewer") + " OR e.server_id IN "
                    + Visibility.serversOf(":viewer") + ")";
        };
        String sql = SELECT + " AND NOT e.is_reply AND " + source
                + " AND " + Visibility.visibleTo("p", ":viewer")
                + " AND (e.kind = 'POST' OR " + Visibility.notBlocked("e.actor_id", ":viewer") + ")"
                + " ORDER BY e.id DESC LIMIT :limit";
        return sql;
    }

    List<Entry> ofUser(long viewer, long userId, boolean withReplies, Long before, int limit) {
        String sql = SELECT + " AND e.actor_id = :userId" + (withReplies ? "" : " AND NOT e.is_reply")
                + " AND " + Visibility.visibleTo("p", ":viewer")
                + " ORDER BY e.id DESC LIMIT :limit";
        return jdbc.sql(sql)
                .param("viewer", viewer)
                .param("userId", userId)
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("limit", limit)
                .query(TimelineRepository::entry)
                .list();
    }

    private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6));
    }
}
