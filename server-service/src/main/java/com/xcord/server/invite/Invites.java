package com.xcord.server.invite;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/** The {@code invites} table. */
@Repository
class Invites {

    private static final String COLUMNS = "code, server_id, inviter_id, max_uses, uses, expires_at, created_at";

    private final JdbcClient jdbc;

    Invites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invite invite) {
        jdbc.sql("INSERT INTO invites (" + COLUMNS + ") VALUES (:code, :s, :inviter, :max, 0, :expires, :at)")
                .param("code", invite.code())
                .param("s", invite.serverId())
                .param("inviter", invite.inviterId())
                .param("max", invite.maxUses())
                .param("expires", invite.expiresAt() == null ? null : Timestamp.from(invite.expiresAt()))
                .param("at", Timestamp.from(invite.createdAt()))
                .update();
    }

    Optional<Invite> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invites WHERE code = :code")
                .param("code", code)
                .query(Invites::invite)
                .optional();
    }

    /** Locks the invite so that concurrent accepts count uses exactly. */
    Optional<Invite> lock(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invites WHERE code = :code FOR UPDATE")
                .param("code", code)
                .query(Invites::invite)
                .optional();
    }

    void use(String code) {
        jdbc.sql("UPDATE invites SET uses = uses + 1 WHERE code = :code").param("code", code).update();
    }

    void delete(String code) {
        jdbc.sql("DELETE FROM invites WHERE code = :code").param("code", code).update();
    }

    private static Invite invite(ResultSet rs, int n) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new Invite(rs.getString("code"), rs.getLong("server_id"), rs.getLong("inviter_id"),
                rs.getInt("max_uses"), rs.getInt("uses"), expires == null ? null : expires.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
