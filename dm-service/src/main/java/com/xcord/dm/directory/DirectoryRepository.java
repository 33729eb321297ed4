package com.xcord.dm.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The {@code known_user} and {@code user_block} tables: what dm-service knows of auth-service's users. */
@Repository
class DirectoryRepository {

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void registered(long userId) {
        jdbc.sql("INSERT INTO known_user (id) VALUES (:id) ON CONFLICT DO NOTHING").param("id", userId).update();
    }

    /** Applies a profile update unless a newer one was applied already (events may arrive out of order). */
    void profileUpdated(long userId, boolean readReceiptsEnabled, Instant updatedAt) {
        jdbc.sql("""
                        INSERT INTO known_user (id, read_receipts_enabled, profile_updated_at)
                        VALUES (:id, :receipts, :at)
                        ON CONFLICT (id) DO UPDATE
                           SET read_receipts_enabled = excluded.read_receipts_enabled,
                               profile_updated_at = excluded.profile_updated_at
                         WHERE known_user.profile_updated_at IS NULL
                            OR known_user.profile_updated_at < excluded.profile_updated_at
                        """)
                .param("id", userId)
                .param("receipts", readReceiptsEnabled)
                .param("at", Timestamp.from(updatedAt))
                .update();
    }

    /** Applies a block or unblock unless a newer change of the same pair was applied already. */
    void blockChanged(long blocker, long blocked, boolean active, Instant changedAt) {
        jdbc.sql("""
                        INSERT INTO user_block (blocker_id, blocked_id, active, changed_at)
                        VALUES (:blocker, :blocked, :active, :at)
                        ON CONFLICT (blocker_id, blocked_id) DO UPDATE
                           SET active = excluded.active, changed_at = excluded.changed_at
                         WHERE user_block.changed_at < excluded.changed_at
                        """)
                .param("blocker", blocker)
                .param("blocked", blocked)
                .param("active", active)
                .param("at", Timestamp.from(changedAt))
                .update();
    }

    Set<Long> known(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM known_user WHERE id IN (:ids)")
                .param("ids", ids).query(Long.class).list());
    }

    /** Whether any active block exists between {@code user} and any of {@code others}, in either direction. */
    boolean anyBlockBetween(long user, Collection<Long> others) {
        if (others.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM user_block
                                        WHERE active
                                          AND ((blocker_id = :user AND blocked_id IN (:others))
                                            OR (blocked_id = :user AND blocker_id IN (:others))))
                        """)
                .param("user", user).param("others", others).query(Boolean.class).single();
    }

    /** The users among {@code ids} who turned read receipts off. */
    Set<Long> withoutReadReceipts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Long> off = jdbc.sql("SELECT id FROM known_user WHERE id IN (:ids) AND NOT read_receipts_enabled")
                .param("ids", ids).query(Long.class).list();
        return new HashSet<>(off);
    }
}
