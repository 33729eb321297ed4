package com.xcord.search.people;

import com.xcord.search.text.Folding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The people half of the index: users with their names (for user search and for showing authors) and the
 * friend/block edges posts' visibility depends on. Each write keeps the newer fact, so redelivered and reordered
 * events change nothing.
 */
@Component
public class Directory {

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsertUser(long id, String username, String displayName, Instant at) {
        jdbc.sql("""
                        INSERT INTO indexed_user (id, username, display_name, folded_name, updated_at)
                        VALUES (:id, :username, :displayName, :folded, :at)
                        ON CONFLICT (id) DO UPDATE
                           SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,
                               folded_name = EXCLUDED.folded_name, updated_at = EXCLUDED.updated_at
                         WHERE indexed_user.updated_at <= EXCLUDED.updated_at
                        """)
                .param("id", id)
                .param("username", username)
                .param("displayName", displayName)
                .param("folded", Folding.fold(displayName == null ? username : username + " " + displayName))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** {@code kind} {@code friend} (call once per direction) or {@code block} (one-way). */
    public void edge(long userId, long targetId, String kind, boolean active, Instant at) {
        jdbc.sql("""
                        INSERT INTO user_edge (user_id, target_id, kind, active, changed_at)
                        VALUES (:userId, :targetId, :kind, :active, :at)
                        ON CONFLICT (user_id, target_id, kind) DO UPDATE
                           SET active = EXCLUDED.active, changed_at = EXCLUDED.changed_at
                         WHERE user_edge.changed_at <= EXCLUDED.changed_at
                        """)
                .param("userId", userId)
                .param("targetId", targetId)
                .param("kind", kind)
                .param("active", active)
                .param("at", Timestamp.from(at))
                .update();
    }
}
