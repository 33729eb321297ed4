package com.xcord.server.guild;

import com.xcord.server.support.Keyset;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The {@code servers} table, and the rows a new server starts with. */
@Repository
class Guilds {

    private static final String COLUMNS =
            "s.id, s.owner_id, s.name, s.description, s.icon_media_id, s.member_count, s.created_at, s.updated_at";

    private final JdbcClient jdbc;

    Guilds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the server with its {@code @everyone} role (id = server id), its first text
     * channel and its owner as first member.
     */
    void insertNew(Guild guild, long everyonePermissions, long generalChannelId, String generalName) {
        Timestamp at = Timestamp.from(guild.createdAt());
        jdbc.sql("""
                        INSERT INTO servers (id, owner_id, name, description, icon_media_id, member_count, created_at,
                                             updated_at)
                        VALUES (:id, :owner, :name, :description, :icon, 1, :at, :at)
                        """)
                .param("id", guild.id())
                .param("owner", guild.ownerId())
                .param("name", guild.name())
                .param("description", guild.description())
                .param("icon", guild.iconMediaId())
                .param("at", at)
                .update();
        jdbc.sql("""
                        INSERT INTO roles (id, server_id, name, permissions, position, created_at)
                        VALUES (:id, :id, '@everyone', :permissions, 0, :at)
                        """)
                .param("id", guild.id())
                .param("permissions", everyonePermissions)
                .param("at", at)
                .update();
        jdbc.sql("""
                        INSERT INTO channels (id, server_id, type, name, position, created_at)
                        VALUES (:id, :server, 'TEXT', :name, 0, :at)
                        """)
                .param("id", generalChannelId)
                .param("server", guild.id())
                .param("name", generalName)
                .param("at", at)
                .update();
        jdbc.sql("INSERT INTO members (server_id, user_id, joined_at) VALUES (:server, :user, :at)")
                .param("server", guild.id())
                .param("user", guild.ownerId())
                .param("at", at)
                .update();
    }

    Optional<Guild> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM servers s WHERE s.id = :id")
                .param("id", id)
                .query(Guilds::guild)
                .optional();
    }

    /** Locks the server row for the rest of the transaction (edits and ownership transfers). */
    Optional<Guild> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM servers s WHERE s.id = :id FOR UPDATE")
                .param("id", id)
                .query(Guilds::guild)
                .optional();
    }

    List<Guild> ofMember(long userId, PageQuery page) {
        Keyset keyset = Keyset.of(page, "s.id");
        return jdbc.sql("SELECT " + COLUMNS + " FROM members m JOIN servers s ON s.id = m.server_id"
                        + " WHERE m.user_id = :user" + keyset.condition() + keyset.order() + " LIMIT :limit")
                .param("user", userId)
                .param("cursor", keyset.cursor())
                .param("limit", page.fetchSize())
                .query(Guilds::guild)
                .list();
    }

    void update(Guild guild) {
        jdbc.sql("""
                        UPDATE servers SET name = :name, description = :description, icon_media_id = :icon,
                                           owner_id = :owner, updated_at = :at
                         WHERE id = :id
                        """)
                .param("id", guild.id())
                .param("name", guild.name())
                .param("description", guild.description())
                .param("icon", guild.iconMediaId())
                .param("owner", guild.ownerId())
                .param("at", Timestamp.from(guild.updatedAt()))
                .update();
    }

    boolean isMember(long serverId, long userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM members WHERE server_id = :s AND user_id = :u)")
                .param("s", serverId)
                .param("u", userId)
                .query(Boolean.class)
                .single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM servers WHERE id = :id").param("id", id).update();
    }

    private static Guild guild(ResultSet rs, int n) throws SQLException {
        long icon = rs.getLong("icon_media_id");
        Long iconId = rs.wasNull() ? null : icon;
        return new Guild(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("name"), rs.getString("description"),
                iconId, rs.getInt("member_count"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
