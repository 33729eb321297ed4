package com.xcord.server.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The access read: one query per request over the membership, the roles held, every role of
 * the server and (for channel routes) the channel with its overwrites. It reads the member,
 * role and channel features' tables and writes none: the one read that needs them all at once,
 * on every request's hot path.
 */
@Repository
class AccessQuery {

    /*
     * Roles and overwrites come back as compact strings ("id:permissions:position:mentionable,…",
     * "targetId:M|R:allow:deny,…"): one row per request whatever the number of roles.
     */
    private static final String QUERY = """
            SELECT s.owner_id,
                   (SELECT string_agg(mr.role_id::text, ',') FROM member_roles mr
                     WHERE mr.server_id = m.server_id AND mr.user_id = m.user_id) AS held,
                   (SELECT string_agg(r.id || ':' || r.permissions || ':' || r.position || ':'
                                      || CASE WHEN r.mentionable THEN 1 ELSE 0 END, ',')
                      FROM roles r WHERE r.server_id = s.id) AS roles,
                   c.type AS channel_type, c.slow_mode_seconds,
                   (SELECT string_agg(o.target_id || ':' || left(o.target_type, 1) || ':' || o.allow_bits || ':'
                                      || o.deny_bits, ',')
                      FROM channel_overwrites o WHERE o.channel_id = c.id) AS overwrites
              FROM servers s
              JOIN members m ON m.server_id = s.id AND m.user_id = :userId
              LEFT JOIN channels c ON c.id = :channelId AND c.server_id = s.id
             WHERE s.id = :serverId
            """;

    private final JdbcClient jdbc;

    AccessQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Loaded> load(long serverId, long userId, Long channelId) {
        return jdbc.sql(QUERY)
                .param("serverId", serverId)
                .param("userId", userId)
                .param("channelId", channelId == null ? 0L : channelId)
                .query((rs, n) -> loaded(rs, serverId, userId))
                .optional();
    }

    record Loaded(Access access, String channelType, int slowModeSeconds,
            List<ChannelOverwriteRow> overwrites) {
    }

    private static Loaded loaded(ResultSet rs, long serverId, long userId) throws SQLException {
        Set<Long> held = new HashSet<>();
        for (String id : split(rs.getString("held"))) {
            held.add(Long.parseLong(id));
        }
        Map<Long, RoleInfo> roles = new HashMap<>();
        for (String role : split(rs.getString("roles"))) {
            String[] f = role.split(":");
            roles.put(Long.parseLong(f[0]), new RoleInfo(Long.parseLong(f[0]), Long.parseLong(f[1]),
                    Integer.parseInt(f[2]), "1".equals(f[3])));
        }
        List<ChannelOverwriteRow> overwrites = new ArrayList<>();
        for (String overwrite : split(rs.getString("overwrites"))) {
            String[] f = overwrite.split(":");
            overwrites.add(new ChannelOverwriteRow(Long.parseLong(f[0]), "M".equals(f[1]), Long.parseLong(f[2]),
                    Long.parseLong(f[3])));
        }
        Access access = new Access(serverId, userId, rs.getLong("owner_id"), roles, held);
        return new Loaded(access, rs.getString("channel_type"), rs.getInt("slow_mode_seconds"), overwrites);
    }

    private static String[] split(String list) {
        return list == null || list.isEmpty() ? new String[0] : list.split(",");
    }
}
