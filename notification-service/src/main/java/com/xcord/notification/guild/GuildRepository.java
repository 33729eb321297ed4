package com.xcord.notification.guild;

import com.xcord.events.server.ChannelOverwrite;
import com.xcord.permissions.Overwrite;
import com.xcord.permissions.Permissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code guild*} tables: server-service's servers, members, roles and channel overwrites as last announced. */
@Repository
class GuildRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record ChannelRow(long serverId, List<ChannelOverwrite> overwrites) {

        Overwrite overwrite(long targetId, String type) {
            String target = Long.toString(targetId);
            for (ChannelOverwrite o : overwrites) {
                if (target.equals(o.targetId()) && type.equals(o.type())) {
                    return new Overwrite(bits(o.allow()), bits(o.deny()));
                }
            }
            return Overwrite.NONE;
        }

        private static long bits(String value) {
            return Permissions.parse(value).orElse(0L);
        }
    }

    record MemberRow(long userId, List<Long> roleIds) {
    }

    private final JdbcClient jdbc;

    GuildRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void putServer(long serverId, long ownerId) {
        jdbc.sql("INSERT INTO guild (id, owner_id) VALUES (:id, :owner) ON CONFLICT (id) DO UPDATE SET owner_id = :owner")
                .param("id", serverId).param("owner", ownerId).update();
    }

    void deleteServer(long serverId) {
        jdbc.sql("DELETE FROM guild_member WHERE server_id = :id").param("id", serverId).update();
        jdbc.sql("DELETE FROM guild_role WHERE server_id = :id").param("id", serverId).update();
        jdbc.sql("DELETE FROM guild_channel WHERE server_id = :id").param("id", serverId).update();
        jdbc.sql("DELETE FROM guild WHERE id = :id").param("id", serverId).update();
    }

    void putChannel(long serverId, long channelId, List<ChannelOverwrite> overwrites) {
        jdbc.sql("""
                        INSERT INTO guild_channel (id, server_id, overwrites) VALUES (:id, :server, CAST(:o AS jsonb))
                        ON CONFLICT (id) DO UPDATE SET overwrites = excluded.overwrites
                        """)
                .param("id", channelId).param("server", serverId).param("o", JSON.writeValueAsString(overwrites))
                .update();
    }

    void deleteChannel(long channelId) {
        jdbc.sql("DELETE FROM guild_channel WHERE id = :id").param("id", channelId).update();
    }

    /** A join keeps roles already known (a member.updated may come first after a replay); {@code null} roles: keep. */
    void putMember(long serverId, long userId, List<Long> roleIds) {
        if (roleIds == null) {
            jdbc.sql("INSERT INTO guild_member (server_id, user_id) VALUES (:s, :u) ON CONFLICT DO NOTHING")
                    .param("s", serverId).param("u", userId).update();
            return;
        }
        jdbc.sql("""
                        INSERT INTO guild_member (server_id, user_id, role_ids) VALUES (:s, :u, :roles)
                        ON CONFLICT (server_id, user_id) DO UPDATE SET role_ids = excluded.role_ids
                        """)
                .param("s", serverId).param("u", userId).param("roles", roleIds.toArray(Long[]::new)).update();
    }

    void deleteMember(long serverId, long userId) {
        jdbc.sql("DELETE FROM guild_member WHERE server_id = :s AND user_id = :u").param("s", serverId)
                .param("u", userId).update();
    }

    void putRole(long serverId, long roleId, long permissions) {
        jdbc.sql("""
                        INSERT INTO guild_role (server_id, role_id, permissions) VALUES (:s, :r, :p)
                        ON CONFLICT (server_id, role_id) DO UPDATE SET permissions = excluded.permissions
                        """)
                .param("s", serverId).param("r", roleId).param("p", permissions).update();
    }

    void deleteRole(long serverId, long roleId) {
        jdbc.sql("DELETE FROM guild_role WHERE server_id = :s AND role_id = :r").param("s", serverId)
                .param("r", roleId).update();
    }

    long memberCount(long serverId) {
        return jdbc.sql("SELECT count(*) FROM guild_member WHERE server_id = :s").param("s", serverId)
                .query(Long.class).single();
    }

    Optional<Long> serverOf(long channelId) {
        return jdbc.sql("SELECT server_id FROM guild_channel WHERE id = :id").param("id", channelId)
                .query(Long.class).optional();
    }

    Optional<Long> ownerOf(long serverId) {
        return jdbc.sql("SELECT owner_id FROM guild WHERE id = :id").param("id", serverId).query(Long.class).optional();
    }

    Optional<ChannelRow> channel(long channelId) {
        return jdbc.sql("SELECT server_id, overwrites::text AS o FROM guild_channel WHERE id = :id")
                .param("id", channelId)
                .query((rs, n) -> new ChannelRow(rs.getLong("server_id"),
                        JSON.readValue(rs.getString("o"), new TypeReference<List<ChannelOverwrite>>() { })))
                .optional();
    }

    Optional<List<Long>> rolesOf(long serverId, long userId) {
        return jdbc.sql("SELECT role_ids FROM guild_member WHERE server_id = :s AND user_id = :u")
                .param("s", serverId).param("u", userId)
                .query((rs, n) -> longs(rs.getArray("role_ids"))).optional();
    }

    Map<Long, Long> rolePermissions(long serverId) {
        Map<Long, Long> bits = new HashMap<>();
        jdbc.sql("SELECT role_id, permissions FROM guild_role WHERE server_id = :s").param("s", serverId)
                .query(rs -> {
                    bits.put(rs.getLong("role_id"), rs.getLong("permissions"));
                });
        return bits;
    }

    /** Members above {@code after} by user id; with {@code roleIds}, only those holding one of them. */
    List<MemberRow> members(long serverId, Collection<Long> roleIds, long after, int limit) {
        String roleFilter = roleIds.isEmpty() ? "" : " AND role_ids && :roles";
        var spec = jdbc.sql("SELECT user_id, role_ids FROM guild_member WHERE server_id = :s AND user_id > :after"
                        + roleFilter + " ORDER BY user_id LIMIT :limit")
                .param("s", serverId).param("after", after).param("limit", limit);
        if (!roleIds.isEmpty()) {
            spec = spec.param("roles", roleIds.toArray(Long[]::new));
        }
        return spec.query((rs, n) -> new MemberRow(rs.getLong("user_id"), longs(rs.getArray("role_ids")))).list();
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
