package com.xcord.server.role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The {@code roles} table. */
@Repository
class Roles {

    private static final String COLUMNS = "id, server_id, name, permissions, position, color, mentionable, created_at";

    private final JdbcClient jdbc;

    Roles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Role> ofServer(long serverId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM roles WHERE server_id = :s ORDER BY position DESC, id")
                .param("s", serverId)
                .query(Roles::role)
                .list();
    }

    Optional<Role> find(long serverId, long roleId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM roles WHERE id = :id AND server_id = :s")
                .param("id", roleId)
                .param("s", serverId)
                .query(Roles::role)
                .optional();
    }

    /** Serializes role changes of one server (positions are shifted as a whole). */
    void lockServer(long serverId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "roles:" + serverId)
                .query((rs, n) -> 1)
                .single();
    }

    void insert(Role role) {
        jdbc.sql("INSERT INTO roles (" + COLUMNS + ") VALUES (:id, :s, :name, :permissions, :position, :color,"
                        + " :mentionable, :at)")
                .param("id", role.id())
                .param("s", role.serverId())
                .param("name", role.name())
                .param("permissions", role.permissions())
                .param("position", role.position())
                .param("color", role.color())
                .param("mentionable", role.mentionable())
                .param("at", Timestamp.from(role.createdAt()))
                .update();
    }

    void update(Role role) {
        jdbc.sql("""
                        UPDATE roles SET name = :name, permissions = :permissions, position = :position,
                                         color = :color, mentionable = :mentionable
                         WHERE id = :id
                        """)
                .param("id", role.id())
                .param("name", role.name())
                .param("permissions", role.permissions())
                .param("position", role.position())
                .param("color", role.color())
                .param("mentionable", role.mentionable())
                .update();
    }

    void delete(long roleId) {
        jdbc.sql("DELETE FROM roles WHERE id = :id").param("id", roleId).update();
    }

    private static Role role(ResultSet rs, int n) throws SQLException {
        return new Role(rs.getLong("id"), rs.getLong("server_id"), rs.getString("name"), rs.getLong("permissions"),
                rs.getInt("position"), rs.getInt("color"), rs.getBoolean("mentionable"),
                rs.getTimestamp("created_at").toInstant());
    }
}
