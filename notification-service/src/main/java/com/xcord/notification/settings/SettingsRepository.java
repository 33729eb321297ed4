package com.xcord.notification.settings;

import com.xcord.notification.inbox.NotificationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code type_setting}, {@code scope_setting} and {@code email_state} tables. */
@Repository
class SettingsRepository {

    record TypeRow(NotificationType type, boolean inApp, boolean email) {
    }

    record ScopeRow(long scopeId, Level level, boolean suppressEveryone, Instant mutedUntil, boolean mutedForever) {

        boolean mutedAt(Instant now) {
            return mutedForever || mutedUntil != null && mutedUntil.isAfter(now);
        }

        /** A row that says nothing beyond the defaults is not kept. */
        boolean isDefault() {
            return level == Level.INHERIT && !suppressEveryone && mutedUntil == null && !mutedForever;
        }
    }

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TypeRow> typeSetting(long userId, NotificationType type) {
        return jdbc.sql("SELECT type, in_app, email FROM type_setting WHERE user_id = :u AND type = :t")
                .param("u", userId).param("t", type.wire())
                .query((rs, n) -> new TypeRow(type, rs.getBoolean("in_app"), rs.getBoolean("email"))).optional();
    }

    Map<NotificationType, TypeRow> typeSettings(long userId) {
        Map<NotificationType, TypeRow> rows = new EnumMap<>(NotificationType.class);
        jdbc.sql("SELECT type, in_app, email FROM type_setting WHERE user_id = :u").param("u", userId)
                .query(rs -> {
                    NotificationType t = NotificationType.fromWire(rs.getString("type")).orElse(null);
                    if (t != null) {
                        rows.put(t, new TypeRow(t, rs.getBoolean("in_app"), rs.getBoolean("email")));
                    }
                });
        return rows;
    }

    Set<Long> inAppOff(Collection<Long> userIds, NotificationType type) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT user_id FROM type_setting WHERE user_id IN (:u) AND type = :t AND NOT in_app")
                .param("u", userIds).param("t", type.wire()).query(Long.class).list());
    }

    void putType(long userId, NotificationType type, boolean inApp, boolean email) {
        jdbc.sql("""
                        INSERT INTO type_setting (user_id, type, in_app, email) VALUES (:u, :t, :in_app, :email)
                        ON CONFLICT (user_id, type) DO UPDATE SET in_app = excluded.in_app, email = excluded.email
                        """)
                .param("u", userId).param("t", type.wire()).param("in_app", inApp).param("email", email).update();
    }

    Map<Long, ScopeRow> scopes(Collection<Long> userIds, Scope scope, long scopeId) {
        Map<Long, ScopeRow> rows = new HashMap<>();
        if (userIds.isEmpty()) {
            return rows;
        }
        jdbc.sql("""
                        SELECT user_id, scope_id, level, suppress_everyone, muted_until, muted_forever FROM scope_setting
                         WHERE user_id IN (:u) AND scope = :scope AND scope_id = :id
                        """)
                .param("u", userIds).param("scope", scope.wire()).param("id", scopeId)
                .query(rs -> {
                    rows.put(rs.getLong("user_id"), row(rs));
                });
        return rows;
    }

    List<ScopeRow> scopesOf(long userId, Scope scope) {
        return jdbc.sql("""
                        SELECT user_id, scope_id, level, suppress_everyone, muted_until, muted_forever FROM scope_setting
                         WHERE user_id = :u AND scope = :scope ORDER BY scope_id
                        """)
                .param("u", userId).param("scope", scope.wire()).query((rs, n) -> row(rs)).list();
    }

    void putScope(long userId, Scope scope, ScopeRow row) {
        if (row.isDefault()) {
            jdbc.sql("DELETE FROM scope_setting WHERE user_id = :u AND scope = :scope AND scope_id = :id")
                    .param("u", userId).param("scope", scope.wire()).param("id", row.scopeId()).update();
            return;
        }
        jdbc.sql("""
                        INSERT INTO scope_setting (user_id, scope, scope_id, level, suppress_everyone, muted_until,
                                                   muted_forever)
                        VALUES (:u, :scope, :id, :level, :suppress, :until, :forever)
                        ON CONFLICT (user_id, scope, scope_id) DO UPDATE
                           SET level = excluded.level, suppress_everyone = excluded.suppress_everyone,
                               muted_until = excluded.muted_until, muted_forever = excluded.muted_forever
                        """)
                .param("u", userId).param("scope", scope.wire()).param("id", row.scopeId())
                .param("level", row.level().wire()).param("suppress", row.suppressEveryone())
                .param("until", row.mutedUntil() == null ? null : Timestamp.from(row.mutedUntil()))
                .param("forever", row.mutedForever())
                .update();
    }

    boolean unsubscribed(long userId) {
        return jdbc.sql("SELECT unsubscribed FROM email_state WHERE user_id = :u").param("u", userId)
                .query(Boolean.class).optional().orElse(false);
    }

    void setUnsubscribed(long userId, boolean unsubscribed) {
        jdbc.sql("""
                        INSERT INTO email_state (user_id, unsubscribed) VALUES (:u, :x)
                        ON CONFLICT (user_id) DO UPDATE SET unsubscribed = excluded.unsubscribed
                        """)
                .param("u", userId).param("x", unsubscribed).update();
    }

    private static ScopeRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp until = rs.getTimestamp("muted_until");
        return new ScopeRow(rs.getLong("scope_id"), Level.fromWire(rs.getString("level")).orElse(Level.INHERIT),
                rs.getBoolean("suppress_everyone"), until == null ? null : until.toInstant(),
                rs.getBoolean("muted_forever"));
    }
}
