package com.xcord.auth.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code users} table. Usernames and emails are stored lower-case. */
@Repository
class AccountRepository {

    private static final String COLUMNS = """
            id, username, email, display_name, bio, avatar_media_id, status, read_receipts_enabled,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Account account, String passwordHash) {
        jdbc.sql("""
                INSERT INTO users (id, username, email, password_hash, display_name, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(account.id(), account.username(), account.email(), passwordHash, account.displayName(),
                        Timestamp.from(account.createdAt()), Timestamp.from(account.updatedAt()))
                .update();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE username = ?)").param(username)
                .query(Boolean.class).single();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE email = ?)").param(email)
                .query(Boolean.class).single();
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?").param(id)
                .query(AccountRepository::map).optional();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = ?").param(username)
                .query(AccountRepository::map).optional();
    }

    Optional<Credentials> credentialsByUsername(String username) {
        return jdbc.sql("SELECT id, password_hash FROM users WHERE username = ?").param(username)
                .query((rs, n) -> new Credentials(rs.getLong(1), rs.getString(2))).optional();
    }

    Optional<Credentials> credentialsByEmail(String email) {
        return jdbc.sql("SELECT id, password_hash FROM users WHERE email = ?").param(email)
                .query((rs, n) -> new Credentials(rs.getLong(1), rs.getString(2))).optional();
    }

    /** Replaces the hash only if it is still the one that was verified (a concurrent change wins). */
    void replacePasswordHash(long id, String expected, String replacement) {
        jdbc.sql("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?")
                .params(replacement, id, expected).update();
    }

    /** Applies the non-null parts of the patch in one statement and returns the updated row. */
    Optional<Account> updateProfile(long id, ProfilePatch patch, Instant now) {
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (patch.displayName() != null) {
            sets.add("display_name = ?");
            params.add(patch.displayName());
        }
        if (patch.bio() != null) {
            sets.add("bio = ?");
            params.add(patch.bio());
        }
        if (patch.avatarSet()) {
            sets.add("avatar_media_id = ?");
            params.add(patch.avatarMediaId());
        }
        if (patch.status() != null) {
            sets.add("status = ?");
            params.add(patch.status());
        }
        if (patch.readReceiptsEnabled() != null) {
            sets.add("read_receipts_enabled = ?");
            params.add(patch.readReceiptsEnabled());
        }
        sets.add("updated_at = ?");
        params.add(Timestamp.from(now));
        sets.add("version = version + 1");
        params.add(id);
        return jdbc.sql("UPDATE users SET " + String.join(", ", sets) + " WHERE id = ? RETURNING " + COLUMNS)
                .params(params)
                .query(AccountRepository::map).optional();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        long avatar = rs.getLong("avatar_media_id");
        Long avatarMediaId = rs.wasNull() ? null : avatar;
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                rs.getString("display_name"), rs.getString("bio"), avatarMediaId, rs.getString("status"),
                rs.getBoolean("read_receipts_enabled"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
