package com.xcord.feed.audience;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Writes the projections. Each write keeps the newer fact: an event older than what a row
 * already reflects changes nothing, so redelivered and reordered events are harmless.
 */
@Repository
class ProjectionRepository {

    private final JdbcClient jdbc;

    ProjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsertUser(long id, String username, String displayName, Instant at) {
        jdbc.sql("""
                        INSERT INTO known_users (id, username, display_name, updated_at)
                        VALUES (:id, :username, :displayName, :at)
                        ON CONFLICT (id) DO UPDATE
                           SET username = EXCLUDED.username, display_name = EXCLUDED.display_name,
                               updated_at = EXCLUDED.updated_at
                         WHERE known_users.updated_at <= EXCLUDED.updated_at
                        """)
                .param("id", id)
                .param("username", username.toLowerCase(java.util.Locale.ROOT))
                .param("displayName", displayName)
                .param("at", Timestamp.from(at))
                .update();
    }

    void upsertEdge(long userId, long targetId, String kind, boolean active, Instant at) {
        jdbc.sql("""
                        INSERT INTO user_edges (user_id, target_id, kind, active, changed_at)
                        VALUES (:userId, :targetId, :kind, :active, :at)
                        ON CONFLICT (user_id, kind, target_id) DO UPDATE
                           SET active = EXCLUDED.active, changed_at = EXCLUDED.changed_at
                         WHERE user_edges.changed_at <= EXCLUDED.changed_at
                        """)
                .param("userId", userId)
                .param("targetId", targetId)
                .param("kind", kind)
                .param("active", active)
                .param("at", Timestamp.from(at))
                .update();
    }

    void upsertMember(long serverId, long userId, boolean active, Instant at) {
        jdbc.sql("""
                        INSERT INTO server_members (user_id, server_id, active, changed_at)
                        SELECT :userId, :serverId, :active, :at
                         WHERE NOT EXISTS (SELECT 1 FROM deleted_servers d WHERE d.server_id = :serverId)
                        ON CONFLICT (user_id, server_id) DO UPDATE
                           SET active = EXCLUDED.active, changed_at = EXCLUDED.changed_at
                         WHERE server_members.changed_at <= EXCLUDED.changed_at
                        """)
                .param("userId", userId)
                .param("serverId", serverId)
                .param("active", active)
                .param("at", Timestamp.from(at))
                .update();
    }

    void deleteServer(long serverId, Instant at) {
        jdbc.sql("INSERT INTO deleted_servers (server_id, deleted_at) VALUES (:serverId, :at) ON CONFLICT DO NOTHING")
                .param("serverId", serverId)
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("UPDATE server_members SET active = FALSE, changed_at = :at WHERE server_id = :serverId AND active")
                .param("serverId", serverId)
                .param("at", Timestamp.from(at))
                .update();
    }
}
