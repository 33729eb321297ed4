package com.xcord.server.channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every channel of a server with its overwrites, in display order: two queries however many
 * channels (loading the aggregates one by one would cost a query per channel).
 */
@Repository
class ChannelListing {

    private final JdbcClient jdbc;

    ChannelListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Channel> ofServer(long serverId) {
        Map<Long, Set<Overwrite>> overwrites = new HashMap<>();
        jdbc.sql("""
                        SELECT o.channel_id, o.target_id, o.target_type, o.allow_bits, o.deny_bits
                          FROM channel_overwrites o JOIN channels c ON c.id = o.channel_id
                         WHERE c.server_id = :server
                        """)
                .param("server", serverId)
                .query((rs, n) -> Map.entry(rs.getLong("channel_id"), overwrite(rs)))
                .list()
                .forEach(e -> overwrites.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return jdbc.sql("""
                        SELECT id, server_id, type, name, topic, parent_id, position, slow_mode_seconds, created_at,
                               version
                          FROM channels WHERE server_id = :server ORDER BY position, id
                        """)
                .param("server", serverId)
                .query((rs, n) -> channel(rs, overwrites.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    private static Overwrite overwrite(ResultSet rs) throws SQLException {
        return new Overwrite(rs.getLong("target_id"), Overwrite.Target.valueOf(rs.getString("target_type")),
                rs.getLong("allow_bits"), rs.getLong("deny_bits"));
    }

    private static Channel channel(ResultSet rs, Set<Overwrite> overwrites) throws SQLException {
        return new Channel(rs.getLong("id"), rs.getLong("server_id"), Channel.Type.valueOf(rs.getString("type")),
                rs.getString("name"), rs.getString("topic"), rs.getObject("parent_id", Long.class),
                rs.getInt("position"), rs.getInt("slow_mode_seconds"), rs.getTimestamp("created_at").toInstant(),
                overwrites, rs.getInt("version"));
    }
}
