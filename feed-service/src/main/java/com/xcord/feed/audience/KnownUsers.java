package com.xcord.feed.audience;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Looks up the users this service has heard of (for resolving {@code @username}s and membership). */
@Component
public class KnownUsers {

    private final JdbcClient jdbc;

    KnownUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Username (lower case) → user id, for the usernames that belong to a known user. */
    public Map<String, Long> idsByUsername(Collection<String> usernames) {
        Map<String, Long> ids = new HashMap<>();
        if (usernames.isEmpty()) {
            return ids;
        }
        List<String> lower = usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).distinct().toList();
        // a username may have moved to another account: the most recently updated holder wins
        jdbc.sql("""
                        SELECT DISTINCT ON (username) username, id FROM known_users
                         WHERE username IN (:names) ORDER BY username, updated_at DESC
                        """)
                .param("names", lower)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    public boolean isMember(long userId, long serverId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM server_members WHERE user_id = :u AND server_id = :s AND active)")
                .param("u", userId)
                .param("s", serverId)
                .query(Boolean.class)
                .single();
    }

    /** True when either user blocks the other. */
    public boolean blockedEitherWay(long a, long b) {
        return !jdbc.sql("SELECT " + Visibility.notBlocked(":a", ":b"))
                .param("a", a)
                .param("b", b)
                .query(Boolean.class)
                .single();
    }
}
