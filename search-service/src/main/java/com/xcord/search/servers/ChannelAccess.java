package com.xcord.search.servers;

import com.xcord.permissions.Overwrite;
import com.xcord.permissions.PermissionCalculator;
import com.xcord.permissions.Permissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The channels whose messages a user may find: VIEW_CHANNEL and READ_MESSAGE_HISTORY now, computed with the shared
 * {@code permissions} module from the projection at the moment of the search (so a kick, a ban, a role change or a
 * new deny counts on the next search). The message query then keeps only rows of these channels, inside its SQL.
 *
 * <p>Three queries whatever the number of servers: the user's memberships with the servers' owners and
 * {@code @everyone} bits, the bits of the roles they hold, the overwrites of those servers' channels that concern
 * them.
 */
@Component
public class ChannelAccess {

    private static final long READ = Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY;

    private final JdbcClient jdbc;

    ChannelAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Membership(long serverId, boolean owner, long base) {
    }

    private record ChannelOverwrites(long serverId, Overwrite everyone, List<Overwrite> roles, Overwrite member) {
    }

    public List<Long> readableChannels(long userId) {
        Map<Long, Membership> memberships = new HashMap<>();
        jdbc.sql("""
                        SELECT m.server_id, s.owner_id = m.user_id AS owner,
                               coalesce(e.permissions, 0) AS everyone,
                               coalesce((SELECT bit_or(r.permissions) FROM server_role r
                                          WHERE r.id = ANY(m.role_ids) AND r.server_id = m.server_id), 0) AS roles
                          FROM server_member m
                          JOIN indexed_server s ON s.id = m.server_id
                          LEFT JOIN server_role e ON e.id = m.server_id
                         WHERE m.user_id = :userId
                        """)
                .param("userId", userId)
                .query((rs, row) -> {
                    boolean owner = rs.getBoolean("owner");
                    long base = PermissionCalculator.base(owner, rs.getLong("everyone"), List.of(rs.getLong("roles")));
                    return new Membership(rs.getLong("server_id"), owner, base);
                })
                .list()
                .forEach(m -> memberships.put(m.serverId(), m));
        if (memberships.isEmpty()) {
            return List.of();
        }
        Map<Long, ChannelOverwrites> channels = new HashMap<>();
        jdbc.sql("""
                        SELECT c.id, c.server_id, o.target_id, o.target_type, o.allow_bits, o.deny_bits
                          FROM server_member m
                          JOIN server_channel c ON c.server_id = m.server_id AND c.type <> 'category'
                          LEFT JOIN channel_overwrite o ON o.channel_id = c.id
                               AND ((o.target_type = 'role' AND (o.target_id = m.server_id OR o.target_id = ANY(m.role_ids)))
                                 OR (o.target_type = 'member' AND o.target_id = m.user_id))
                         WHERE m.user_id = :userId
                        """)
                .param("userId", userId)
                .query(rs -> {
                    long channelId = rs.getLong("id");
                    long serverId = rs.getLong("server_id");
                    ChannelOverwrites c = channels.computeIfAbsent(channelId,
                            id -> new ChannelOverwrites(serverId, Overwrite.NONE, new ArrayList<>(), Overwrite.NONE));
                    if (rs.getString("target_type") == null) {
                        return;
                    }
                    Overwrite overwrite = new Overwrite(rs.getLong("allow_bits"), rs.getLong("deny_bits"));
                    if ("member".equals(rs.getString("target_type"))) {
                        channels.put(channelId, new ChannelOverwrites(serverId, c.everyone(), c.roles(), overwrite));
                    } else if (rs.getLong("target_id") == serverId) {
                        channels.put(channelId, new ChannelOverwrites(serverId, overwrite, c.roles(), c.member()));
                    } else {
                        c.roles().add(overwrite);
                    }
                });
        List<Long> readable = new ArrayList<>();
        channels.forEach((channelId, c) -> {
            long base = memberships.get(c.serverId()).base();
            long inChannel = PermissionCalculator.inChannel(base, c.everyone(), c.roles(), c.member());
            if ((inChannel & READ) == READ) {
                readable.add(channelId);
            }
        });
        return readable;
    }
}
