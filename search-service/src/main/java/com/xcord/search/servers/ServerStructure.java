package com.xcord.search.servers;

import com.xcord.search.text.ContentSearch;
import com.xcord.search.text.Folding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The permission projection of server-service: servers, channels with their overwrites, roles, members with their
 * roles. server-service keys all of these (and its messages) by server, so they arrive in the order they happened
 * and a plain "last write wins" is correct.
 */
@Component
public class ServerStructure {

    private final JdbcClient jdbc;

    ServerStructure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsertServer(long id, long ownerId, String name, String description, Instant at) {
        jdbc.sql("""
                        INSERT INTO indexed_server (id, owner_id, name, description, folded_name, updated_at)
                        VALUES (:id, :ownerId, :name, :description, :folded, :at)
                        ON CONFLICT (id) DO UPDATE
                           SET owner_id = EXCLUDED.owner_id, name = EXCLUDED.name, description = EXCLUDED.description,
                               folded_name = EXCLUDED.folded_name, updated_at = EXCLUDED.updated_at
                         WHERE indexed_server.updated_at <= EXCLUDED.updated_at
                        """)
                .param("id", id)
                .param("ownerId", ownerId)
                .param("name", name)
                .param("description", description)
                .param("folded", Folding.fold(name))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The server and everything in it, its messages included, leave the index. */
    public void deleteServer(long id) {
        for (String table : List.of("channel_message", "server_member", "server_role", "server_channel")) {
            jdbc.sql("DELETE FROM " + table + " WHERE server_id = :id").param("id", id).update();
        }
        jdbc.sql("DELETE FROM channel_overwrite o WHERE NOT EXISTS (SELECT 1 FROM server_channel c WHERE c.id = o.channel_id)")
                .update();
        jdbc.sql("DELETE FROM indexed_server WHERE id = :id").param("id", id).update();
    }

    /** A channel as it now is, overwrites included (they replace the previous ones). */
    public void upsertChannel(long serverId, long channelId, String type, String name, List<Overwrite> overwrites,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO server_channel (id, server_id, type, name, updated_at)
                        VALUES (:id, :serverId, :type, :name, :at)
                        ON CONFLICT (id) DO UPDATE
                           SET type = EXCLUDED.type, name = EXCLUDED.name, updated_at = EXCLUDED.updated_at
                        """)
                .param("id", channelId)
                .param("serverId", serverId)
                .param("type", type)
                .param("name", name)
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("DELETE FROM channel_overwrite WHERE channel_id = :id").param("id", channelId).update();
        for (Overwrite overwrite : overwrites) {
            jdbc.sql("""
                            INSERT INTO channel_overwrite (channel_id, target_id, target_type, allow_bits, deny_bits)
                            VALUES (:channelId, :targetId, :targetType, :allow, :deny)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("channelId", channelId)
                    .param("targetId", overwrite.targetId())
                    .param("targetType", overwrite.targetType())
                    .param("allow", overwrite.allow())
                    .param("deny", overwrite.deny())
                    .update();
        }
    }

    /** The channel and its messages leave the index. */
    public void deleteChannel(long channelId) {
        jdbc.sql("DELETE FROM channel_message WHERE channel_id = :id").param("id", channelId).update();
        jdbc.sql("DELETE FROM channel_overwrite WHERE channel_id = :id").param("id", channelId).update();
        jdbc.sql("DELETE FROM server_channel WHERE id = :id").param("id", channelId).update();
    }

    public void upsertRole(long serverId, long roleId, long permissions, Instant at) {
        jdbc.sql("""
                        INSERT INTO server_role (id, server_id, permissions, updated_at)
                        VALUES (:id, :serverId, :permissions, :at)
                        ON CONFLICT (id) DO UPDATE SET permissions = EXCLUDED.permissions, updated_at = EXCLUDED.updated_at
                        """)
                .param("id", roleId)
                .param("serverId", serverId)
                .param("permissions", permissions)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The role is gone, and with it every member's hold on it and every overwrite for it. */
    public void deleteRole(long serverId, long roleId) {
        jdbc.sql("DELETE FROM server_role WHERE id = :id").param("id", roleId).update();
        jdbc.sql("UPDATE server_member SET role_ids = array_remove(role_ids, :id) WHERE server_id = :serverId")
                .param("id", roleId)
                .param("serverId", serverId)
                .update();
        jdbc.sql("DELETE FROM channel_overwrite WHERE target_type = 'role' AND target_id = :id").param("id", roleId)
                .update();
    }

    public void join(long serverId, long userId) {
        jdbc.sql("INSERT INTO server_member (server_id, user_id) VALUES (:serverId, :userId) ON CONFLICT DO NOTHING")
                .param("serverId", serverId)
                .param("userId", userId)
                .update();
    }

    /** Left, kicked or banned: from now on the server's channels are closed to them. */
    public void leave(long serverId, long userId) {
        jdbc.sql("DELETE FROM server_member WHERE server_id = :serverId AND user_id = :userId")
                .param("serverId", serverId)
                .param("userId", userId)
                .update();
    }

    public void memberRoles(long serverId, long userId, List<Long> roleIds) {
        jdbc.sql("""
                        INSERT INTO server_member (server_id, user_id, role_ids)
                        VALUES (:serverId, :userId, CAST(:roles AS bigint[]))
                        ON CONFLICT (server_id, user_id) DO UPDATE SET role_ids = EXCLUDED.role_ids
                        """)
                .param("serverId", serverId)
                .param("userId", userId)
                .param("roles", ContentSearch.array(roleIds))
                .update();
    }

    /** A channel overwrite: {@code targetType} {@code role} or {@code member}. */
    public record Overwrite(long targetId, String targetType, long allow, long deny) {
    }
}
