package com.xcord.server.member;

import com.xcord.server.support.Keyset;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code members}, {@code member_roles} and {@code bans} tables, in explicit SQL (a member's
 * key is the pair server id, user id). Adding or removing a member announces
 * {@link MemberCountChanged} in the same transaction, so the server's count cannot drift.
 */
@Repository
class Members {

    private static final String MEMBER_COLUMNS = """
            m.server_id, m.user_id, m.nickname, m.joined_at,
            ARRAY(SELECT mr.role_id FROM member_roles mr
                   WHERE mr.server_id = m.server_id AND mr.user_id = m.user_id ORDER BY mr.role_id) AS role_ids
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Members(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
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

    List<Member> page(long serverId, PageQuery page) {
        Keyset keyset = Keyset.of(page, "m.user_id");
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + " FROM members m WHERE m.server_id = :s" + keyset.condition()
                        + keyset.order() + " LIMIT :limit")
                .param("s", serverId)
                .param("cursor", keyset.cursor())
                .param("limit", page.fetchSize())
                .query(Members::member)
                .list();
    }

    Optional<Member> find(long serverId, long userId) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + " FROM members m WHERE m.server_id = :s AND m.user_id = :u")
                .param("s", serverId)
                .param("u", userId)
                .query(Members::member)
                .optional();
    }

    boolean exists(long serverId, long userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM members WHERE server_id = :s AND user_id = :u)")
                .param("s", serverId)
                .param("u", userId)
                .query(Boolean.class)
                .single();
    }

    /** Which of these users are members (one query). */
    Set<Long> among(long serverId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT user_id FROM members WHERE server_id = :s AND user_id IN (:ids)")
                .param("s", serverId)
                .param("ids", userIds)
                .query(Long.class)
                .list());
    }

    /** The servers a user is in, keyset-paged by server id. */
    List<Long> serverIdsOf(long userId, PageQuery page) {
        Keyset keyset = Keyset.of(page, "server_id");
        return jdbc.sql("SELECT server_id FROM members WHERE user_id = :u" + keyset.condition() + keyset.order()
                        + " LIMIT :limit")
                .param("u", userId)
                .param("cursor", keyset.cursor())
                .param("limit", page.fetchSize())
                .query(Long.class)
                .list();
    }

    /** False if they were a member already (nothing changes). */
    boolean add(Member member) {
        int inserted = jdbc.sql("""
                        INSERT INTO members (server_id, user_id, joined_at) VALUES (:s, :u, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .param("s", member.serverId())
                .param("u", member.userId())
                .param("at", Timestamp.from(member.joinedAt()))
                .update();
        if (inserted > 0) {
            events.publishEvent(new MemberCountChanged(member.serverId(), 1));
        }
        return inserted > 0;
    }

    /*
     * A member's changes are written as the statement of the change, not as their whole state:
     * two moderators granting two roles at once must both land.
     */

    void saveNickname(Member member) {
        jdbc.sql("UPDATE members SET nickname = :n WHERE server_id = :s AND user_id = :u")
                .param("n", member.nickname())
                .param("s", member.serverId())
                .param("u", member.userId())
                .update();
    }

    void saveGrant(Member member, long roleId) {
        jdbc.sql("INSERT INTO member_roles (server_id, user_id, role_id) VALUES (:s, :u, :r) ON CONFLICT DO NOTHING")
                .param("s", member.serverId())
                .param("u", member.userId())
                .param("r", roleId)
                .update();
    }

    void saveRevoke(Member member, long roleId) {
        jdbc.sql("DELETE FROM member_roles WHERE server_id = :s AND user_id = :u AND role_id = :r")
                .param("s", member.serverId())
                .param("u", member.userId())
                .param("r", roleId)
                .update();
    }

    /** False if they were no member. */
    boolean remove(long serverId, long userId) {
        int deleted = jdbc.sql("DELETE FROM members WHERE server_id = :s AND user_id = :u")
                .param("s", serverId)
                .param("u", userId)
                .update();
        if (deleted > 0) {
            events.publishEvent(new MemberCountChanged(serverId, -1));
        }
        return deleted > 0;
    }

    boolean isBanned(long serverId, long userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM bans WHERE server_id = :s AND user_id = :u)")
                .param("s", serverId)
                .param("u", userId)
                .query(Boolean.class)
                .single();
    }

    /** A ban again replaces the reason only. */
    void save(Ban ban) {
        jdbc.sql("""
                        INSERT INTO bans (server_id, user_id, banned_by, reason, created_at)
                        VALUES (:s, :u, :by, :reason, :at)
                        ON CONFLICT (server_id, user_id) DO UPDATE SET reason = EXCLUDED.reason
                        """)
                .param("s", ban.serverId())
                .param("u", ban.userId())
                .param("by", ban.bannedBy())
                .param("reason", ban.reason())
                .param("at", Timestamp.from(ban.createdAt()))
                .update();
    }

    boolean unban(long serverId, long userId) {
        return jdbc.sql("DELETE FROM bans WHERE server_id = :s AND user_id = :u")
                .param("s", serverId)
                .param("u", userId)
                .update() > 0;
    }

    List<Ban> bans(long serverId, PageQuery page) {
        Keyset keyset = Keyset.of(page, "user_id");
        return jdbc.sql("SELECT server_id, user_id, reason, banned_by, created_at FROM bans WHERE server_id = :s"
                        + keyset.condition() + keyset.order() + " LIMIT :limit")
                .param("s", serverId)
                .param("cursor", keyset.cursor())
                .param("limit", page.fetchSize())
                .query((rs, n) -> new Ban(rs.getLong("server_id"), rs.getLong("user_id"), rs.getLong("banned_by"),
                        rs.getString("reason"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(rs.getLong("server_id"), rs.getLong("user_id"), rs.getString("nickname"),
                ids(rs.getArray("role_ids")), rs.getTimestamp("joined_at").toInstant());
    }

    private static Set<Long> ids(Array array) throws SQLException {
        Set<Long> ids = new HashSet<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                ids.add(((Number) o).longValue());
            }
        }
        return ids;
    }
}
