package com.xcord.feed.audience;

/**
 * The one rule for "may this viewer see this post?", as a SQL predicate over a row of
 * {@code posts}, so that single reads, lists and counts all filter in the database (no
 * post-filtering that would break page sizes or counts):
 * <ul>
 * <li>{@code PUBLIC}: everyone;</li>
 * <li>{@code FRIENDS}: the thread owner, the author, and the thread owner's friends;</li>
 * <li>{@code SERVER}: the server's current members;</li>
 * <li>and in every case no block, in either direction, between the viewer and the author or
 * the thread owner.</li>
 * </ul>
 * A reply inherits its thread's audience and owner when it is written, so this needs no walk
 * up the thread.
 */
public final class Visibility {

    private Visibility() {
    }

    /**
     * @param post   alias of the {@code posts} row
     * @param viewer SQL expression of the viewer's id (a named parameter or a column)
     */
    public static String visibleTo(String post, String viewer) {
        return """
                ((%1$s.audience = 'PUBLIC'
                   OR (%1$s.audience = 'FRIENDS' AND (%1$s.owner_id = %2$s OR %1$s.author_id = %2$s
                       OR EXISTS (SELECT 1 FROM user_edges f WHERE f.user_id = %2$s AND f.kind = 'FRIEND'
                                     AND f.target_id = %1$s.owner_id AND f.active)))
                   OR (%1$s.audience = 'SERVER' AND EXISTS (SELECT 1 FROM server_members m
                                     WHERE m.user_id = %2$s AND m.server_id = %1$s.server_id AND m.active)))
                 AND NOT EXISTS (SELECT 1 FROM user_edges b WHERE b.kind = 'BLOCK' AND b.active
                         AND ((b.user_id = %2$s AND b.target_id IN (%1$s.author_id, %1$s.owner_id))
                           OR (b.target_id = %2$s AND b.user_id IN (%1$s.author_id, %1$s.owner_id)))))"""
                .formatted(post, viewer);
    }

    /**
     * The users with a block in either direction with the viewer (a subquery): through the
     * primary key one way and {@code user_edges_target_idx} the other.
     */
    public static String blockedWith(String viewer) {
        return """
                SELECT b.target_id FROM user_edges b WHERE b.user_id = %1$s AND b.kind = 'BLOCK' AND b.active
                UNION SELECT b.user_id FROM user_edges b WHERE b.target_id = %1$s AND b.kind = 'BLOCK' AND b.active"""
                .formatted(viewer);
    }

    /** No block in either direction between the viewer and {@code user} (a SQL expression). */
    public static String notBlocked(String user, String viewer) {
        return """
                NOT EXISTS (SELECT 1 FROM user_edges b WHERE b.kind = 'BLOCK' AND b.active
                    AND ((b.user_id = %2$s AND b.target_id = %1$s) OR (b.target_id = %2$s AND b.user_id = %1$s)))"""
                .formatted(user, viewer);
    }

    /**
     * {@code actor} (a SQL expression) is the viewer, or someone the viewer follows or is friends
     * with: whose posts make up the "friends" timeline. Written as {@code = OR IN} (not a UNION)
     * so that Postgres hashes the followed set once instead of rescanning it per entry.
     */
    public static String followedBy(String actor, String viewer) {
        return """
                (%1$s = %2$s OR %1$s IN (SELECT g.target_id FROM user_edges g
                                          WHERE g.user_id = %2$s AND g.kind IN ('FOLLOW', 'FRIEND') AND g.active))"""
                .formatted(actor, viewer);
    }

    /** The users the viewer follows or is friends with (without the viewer; may repeat a user). */
    public static String followedSet(String viewer) {
        return ("(SELECT g.target_id FROM user_edges g WHERE g.user_id = %1$s AND g.kind IN ('FOLLOW', 'FRIEND')"
                + " AND g.active)").formatted(viewer);
    }

    /** The servers a viewer is a member of. */
    public static String serversOf(String viewer) {
        return "(SELECT sm.server_id FROM server_members sm WHERE sm.user_id = %1$s AND sm.active)".formatted(viewer);
    }
}
