package com.xcord.server.channel;

import com.xcord.server.access.ChannelOverwriteRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code channels} and {@code channel_overwrites} tables. */
@Repository
class Channels {

    private static final String COLUMNS =
            "id, server_id, type, name, topic, parent_id, position, slow_mode_seconds, created_at";

    private final JdbcClient jdbc;

    Channels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every channel of the server with its overwrites: two queries, however many channels. */
    List<Channel> ofServer(long serverId) {
        Map<Long, List<ChannelOverwriteRow>> overwrites = new HashMap<>();
        jdbc.sql("""
                        SELECT o.channel_id, o.target_id, o.target_type, o.allow_bits, o.deny_bits
                          FROM channel_overwrites o JOIN channels c ON c.id = o.channel_id
                         WHERE c.server_id = :server
                        """)
                .param("server", serverId)
                .query((rs, n) -> Map.entry(rs.getLong("channel_id"), overwrite(rs)))
                .list()
                .forEach(e -> overwrites.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT " + COLUMNS + " FROM channels WHERE server_id = :server ORDER BY position, id")
                .param("server", serverId)
                .query(Channels::channel)
                .list()
                .stream()
                .map(c -> c.withOverwrites(overwrites.getOrDefault(c.id(), List.of())))
                .toList();
    }

    Optional<Channel> find(long serverId, long channelId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM channels WHERE id = :id AND server_id = :server")
                .param("id", channelId)
                .param("server", serverId)
                .query(Channels::channel)
                .optional()
                .map(c -> c.withOverwrites(overwritesOf(channelId)));
    }

    List<ChannelOverwriteRow> overwritesOf(long channelId) {
        return jdbc.sql("""
                        SELECT target_id, target_type, allow_bits, deny_bits FROM channel_overwrites
                         WHERE channel_id = :id ORDER BY target_id
                        """)
                .param("id", channelId)
                .query((rs, n) -> overwrite(rs))
                .list();
    }

    void insert(Channel c) {
        jdbc.sql("INSERT INTO channels (" + COLUMNS + ") VALUES (:id, :server, :type, :name, :topic, :parent,"
                        + " :position, :slow, :at)")
                .param("id", c.id())
                .param("server", c.serverId())
                .param("type", c.type().name())
                .param("name", c.name())
                .param("topic", c.topic())
                .param("parent", c.parentId())
                .param("position", c.position())
                .param("slow", c.slowModeSeconds())
                .param("at", Timestamp.from(c.createdAt()))
                .update();
    }

    void update(Channel c) {
        jdbc.sql("""
                        UPDATE channels SET name = :name, topic = :topic, parent_id = :parent, position = :position,
                                            slow_mode_seconds = :slow
                         WHERE id = :id
                        """)
                .param("id", c.id())
                .param("name", c.name())
                .param("topic", c.topic())
                .param("parent", c.parentId())
                .param("position", c.position())
                .param("slow", c.slowModeSeconds())
                .update();
    }

    void delete(long channelId) {
        jdbc.sql("DELETE FROM channels WHERE id = :id").param("id", channelId).update();
    }

    void putOverwrite(long channelId, ChannelOverwriteRow o) {
        jdbc.sql("""
                        INSERT INTO channel_overwrites (channel_id, target_id, target_type, allow_bits, deny_bits)
                        VALUES (:channel, :target, :type, :allow, :deny)
                        ON CONFLICT (channel_id, target_id) DO UPDATE
                           SET target_type = EXCLUDED.target_type, allow_bits = EXCLUDED.allow_bits,
                               deny_bits = EXCLUDED.deny_bits
                        """)
                .param("channel", channelId)
                .param("target", o.targetId())
                .param("type", o.member() ? "MEMBER" : "ROLE")
                .param("allow", o.allow())
                .param("deny", o.deny())
                .update();
    }

    boolean deleteOverwrite(long channelId, long targetId) {
        return jdbc.sql("DELETE FROM channel_overwrites WHERE channel_id = :c AND target_id = :t")
                .param("c", channelId)
                .param("t", targetId)
                .update() > 0;
    }

    boolean isMember(long serverId, long userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM members WHERE server_id = :s AND user_id = :u)")
                .param("s", serverId)
                .param("u", userId)
                .query(Boolean.class)
                .single();
    }

    private static ChannelOverwriteRow overwrite(ResultSet rs) throws SQLException {
        return new ChannelOverwriteRow(rs.getLong("target_id"), "MEMBER".equals(rs.getString("target_type")),
                rs.getLong("allow_bits"), rs.getLong("deny_bits"));
    }

    private static Channel channel(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Channel(rs.getLong("id"), rs.getLong("server_id"), Channel.Type.valueOf(rs.getString("type")),
                rs.getString("name"), rs.getString("topic"), parentId, rs.getInt("position"),
                rs.getInt("slow_mode_seconds"), rs.getTimestamp("created_at").toInstant(), List.of());
    }
}
