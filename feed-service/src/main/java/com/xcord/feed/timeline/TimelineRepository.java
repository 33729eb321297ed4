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

    /**
     * Above this many followed users, the viewer's followed set is "dense": see {@link #feedSql}.
     * The crossover of the two plans: per-user scans read ~ followed × page entries, each with
     * its post (~5 buffers); the filtered primary-key scan reads ~ page × users / followed index
     * rows (~1 buffer each, the post only for hits). Equal near √(users / 5): about 45 for
     * 10,000 active users. Either side of it both plans are a few thousand buffers at most.
     */
    static final int DENSE_FOLLOWING = 50;

    /**
     * The home timeline query (parameters {@code viewer}, {@code before}, {@code limit}). Every
     * source yields at most {@code limit} visible entries, newest first, from the cursor down,
     * and the page is the newest {@code limit} of them; reposters' names are joined to the page
     * only. No plan reads a viewer's whole history or sorts more than a few hundred rows:
     * <ul>
     * <li><b>followed people, dense</b> (more than {@value #DENSE_FOLLOWING} followed): one
     * backward scan of the primary key, each entry checked against the followed set, hashed once
     * per query. With 500 of 10,000 users followed, about 1 entry in 20 qualifies, so a page
     * reads about a thousand index rows wherever the cursor is. {@code all} puts the viewer's
     * servers into the same scan (it can only get denser).</li>
     * <li><b>followed people, sparse</b> (a new account, a viewer following a few quiet
     * accounts, where that scan would read most of the table): per followed user (and the viewer),
     * a backward range scan of {@code (actor_id, id)} stopping at {@code limit} visible entries.</li>
     * <li><b>servers</b>: per server of the viewer, a backward range scan of
     * {@code (server_id, id)} stopping at {@code limit} visible entries. (As a filter on the
     * primary-key scan, a few servers out of many are too sparse, and the planner preferred to
     * read every entry of the viewer's servers and sort them: seconds.)</li>
     * </ul>
     * Which of the two "followed" plans runs is decided inside the statement: each branch is gated
     * by a one-time filter on the (bounded) size of the followed set, and the other is never
     * executed. {@code UNION} removes an entry that both sides bring.
     */
    static String feedSql(FeedFilter filter) {
        String source = switch (filter) {
            case FRIENDS -> gated(true, pkScan(FOLLOWED)) + " UNION ALL " + gated(false, perActor());
            case SERVERS -> perServer();
            case ALL -> gated(true, pkScan("(" + FOLLOWED + " OR e.server_id IN " + Visibility.serversOf(":viewer") + ")"))
                    + " UNION ALL (SELECT * FROM (" + gated(false, perActor()) + " UNION " + perServer()
                    + ") x WHERE " + SPARSE + ")";
        };
        return "SELECT t.id, t.kind, t.actor_id, t.post_id, u.username, u.display_name FROM (" + source + ") t"
                + " LEFT JOIN known_users u ON u.id = t.actor_id AND t.kind = 'REPOST'"
                + " ORDER BY t.id DESC LIMIT :limit";
    }

    /** Entries (not replies) of live posts the viewer may see, before the cursor; a repost also needs no block with the reposter. */
    private static final String VISIBLE_ENTRIES = """
            SELECT e.id, e.kind, e.actor_id, e.post_id
              FROM timeline_entries e
              JOIN posts p ON p.id = e.post_id
             WHERE e.id < :before AND NOT e.is_reply AND p.deleted_at IS NULL
               AND %s
               AND (e.kind = 'POST' OR %s)
            """.formatted(Visibility.visibleTo("p", ":viewer"), Visibility.notBlocked("e.actor_id", ":viewer"));

    private static final String FOLLOWED = Visibility.followedBy("e.actor_id", ":viewer");

    /** How many users the viewer follows, counting no further than one past {@link #DENSE_FOLLOWING}. */
    private static final String FOLLOWING_COUNT = "(SELECT count(*) FROM (SELECT 1 FROM user_edges g"
            + " WHERE g.user_id = :viewer AND g.kind IN ('FOLLOW', 'FRIEND') AND g.active LIMIT "
            + (DENSE_FOLLOWING + 1) + ") n)";

    private static final String DENSE = FOLLOWING_COUNT + " > " + DENSE_FOLLOWING;

    private static final String SPARSE = FOLLOWING_COUNT + " <= " + DENSE_FOLLOWING;

    /** {@code source} run only if the followed set is dense (or only if sparse): a one-time filter. */
    private static String gated(boolean dense, String source) {
        return "(SELECT * FROM " + source + " d WHERE " + (dense ? DENSE : SPARSE) + ")";
    }

    private static String pkScan(String condition) {
        return "(" + VISIBLE_ENTRIES + " AND " + condition + " ORDER BY e.id DESC LIMIT :limit)";
    }

    private static String perActor() {
        return "(SELECT s.id, s.kind, s.actor_id, s.post_id FROM (SELECT CAST(:viewer AS BIGINT) UNION SELECT * FROM "
                + Visibility.followedSet(":viewer") + " f) a(actor_id)"
                + " CROSS JOIN LATERAL (" + VISIBLE_ENTRIES + " AND e.actor_id = a.actor_id"
                + " ORDER BY e.id DESC LIMIT :limit) s ORDER BY s.id DESC LIMIT :limit)";
    }

    private static String perServer() {
        return "(SELECT s.id, s.kind, s.actor_id, s.post_id FROM " + Visibility.serversOf(":viewer") + " v(server_id)"
                + " CROSS JOIN LATERAL (" + VISIBLE_ENTRIES + " AND e.server_id = v.server_id"
                + " ORDER BY e.id DESC LIMIT :limit) s ORDER BY s.id DESC LIMIT :limit)";
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
