package com.xcord.server.member;

import com.xcord.server.support.Keyset;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code members}, {@code member_roles} and {@code bans} tables. */
@Repository
class Members {

    private static final String MEMBER_COLUMNS = """
            m.server_id, m.user_id, m.nickname, m.joined_at,
            ARRAY(SELECT mr.role_id FROM member_roles mr
                   WHERE mr.server_id = m.server_id AND mr.user_id = m.user_id ORDER BY mr.role_id) AS role_ids
            """;

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes joins, leaves, kicks and bans of one user in one server, so that a ban and a
     * join racing each other cannot leave a banned member behind.
     */
    void lock(long serverId, long userId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "member:" + serverId + ":" + userId)
                .query((rs, n) -> 1)
                .single();
    }

    List<MemberView> page(long serverId, PageQuery page) {
        Keyset keyset = Keyset.of(page, "m.user_id");
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + " FROM members m WHERE m.server_id = :s" + keyset.condition()
                        + keyset.order() + " LIMIT :limit")
                .param("s", serverId)
                .param("cursor", keyset.cursor())
                .param("limit", page.fetchSize())
                .query(Members::member)
                .list();
    }

    Optional<MemberView> find(long serverId, long userId) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + " FROM members m WHERE m.server_id = :s AND m.user_id = :u")
                .param("s", serverId)
                .param("u", userId)
                .query(Members::member)
                .optional();
    }

    boolean insert(long serverId, long userId, Instant at) {
        int inserted = jdbc.sql("""
                        INSERT INTO members (server_id, user_id, joined_at) VALUES (:s, :u, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .param("s", serverId)
                .param("u", userId)
                .param("at", Timestamp.from(at))
                .update();
        if (inserted > 0) {
            adjustCount(serverId, 1);
        }
        return inserted > 0;
    }

    boolean delete(long serverId, long userId) {
        int deleted = jdbc.sql("DELETE FROM members WHERE server_id = :s AND user_id = :u")
                .param("s", serverId)
                .param("u", userId)
                .update();
        if (deleted > 0) {
            adjustCount(serverId, -1);
        }
        return deleted > 0;
    }

    void setNickname(long serverId, long userId, String nickname) {
        jdbc.sql("UPDATE members SET nickname = :n WHERE server_id = :s AND user_id = :u")
                .param("n", nickname)
                .param("s", serverId)
                .param("u", userId)
                .update();
    }

    boolean addRole(long serverId, long userId, long roleId) {
        return jdbc.sql("INSERT INTO member_roles (server_id, user_id, role_id) VALUES (:s, :u, :r) ON CONFLICT DO NOTHING")
                .param("s", serverId)
                .param("u", userId)
                .param("r", roleId)
                .update() > 0;
    }

    boolean removeRole(long serverId, long userId, long roleId) {
        return jdbc.sql("DELETE FROM member_roles WHERE server_id = :s AND user_id = :u AND role_id = :r")
                .param("s", serverId)
                .param("u", userId)
                .param("r", roleId)
                .update() > 0;
    }

    boolean isBanned(long serverId, long userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM bans WHERE server_id = :s AND user_id = :u)")
                .param("s", serverId)
                .param("u", userId)
                .query(Boolean.class)
                .single();
    }

    void ban(long serverId, long userId, long bannedBy, String reason, Instant at) {
        jdbc.sql("""
                        INSERT INTO bans (server_id, user_id, banned_by, reason, created_at)
                        VALUES (:s, :u, :by, :reason, :at)
                        ON CONFLICT (server_id, user_id) DO UPDATE SET reason = EXCLUDED.reason
                        """)
                .param("s", serverId)
                .param("u", userId)
                .param("by", bannedBy)
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean unban(long serverId, long userId) {
        return jdbc.sql("DELETE FROM bans WHERE server_id = :s AND user_id = :u")
                .param("s", serverId)
                .param("u", userId)
                .update() > 0;
    }

    List<BanView> bans(long serverId, PageQuery page) {
        Keyset keyset = Keyset.of(page, "user_id");
        return jdbc.sql("SELECT user_id, reason, banned_by, created_at FROM bans WHERE server_id = :s"
                        + keyset.condition() + keyset.order() + " LIMIT :limit")
                .param("s", serverId)
                .param("cursor", keyset.cursor())
                .param("limit", page.fetchSize())
                .query((rs, n) -> new BanView(Ids.format(rs.getLong("user_id")), rs.getString("reason"),
                        Ids.format(rs.getLong("banned_by")), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private void adjustCount(long serverId, int delta) {
        jdbc.sql("UPDATE servers SET member_count = member_count + :d WHERE id = :s")
                .param("d", delta)
                .param("s", serverId)
                .update();
    }

    private static MemberView member(ResultSet rs, int n) throws SQLException {
        return new MemberView(Ids.format(rs.getLong("user_id")), Ids.format(rs.getLong("server_id")),
                rs.getString("nickname"), ids(rs.getArray("role_ids")), rs.getTimestamp("joined_at").toInstant());
    }

    private static List<String> ids(Array array) throws SQLException {
        List<String> ids = new ArrayList<>();
        if (array != null) {
            Arrays.stream((Object[]) array.getArray()).forEach(o -> ids.add(Ids.format(((Number) o).longValue())));
        }
        return ids;
    }
}
