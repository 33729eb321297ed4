package com.xcord.auth.token;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code signing_keys} table. */
@Repository
class SigningKeyRepository {

    /** Serializes key creation and rotation across replicas (pg_advisory_xact_lock). */
    private static final long ROTATION_LOCK = 0x5843_4f52_444b_4559L; // "XCORDKEY"

    private final JdbcClient jdbc;

    SigningKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredKey(String kid, byte[] privateKeyEncrypted, byte[] publicKey, Instant activatedAt,
            Instant supersededAt) {
    }

    /** Held until the surrounding transaction ends. */
    void lockForRotation() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ROTATION_LOCK).query((rs, n) -> 1).list();
    }

    /** Keys still in the JWKS, the current one first. */
    List<StoredKey> published() {
        return jdbc.sql("""
                SELECT kid, private_key_encrypted, public_key, activated_at, superseded_at
                  FROM signing_keys WHERE retired_at IS NULL
                 ORDER BY activated_at DESC, kid""")
                .query(SigningKeyRepository::map).list();
    }

    Optional<Instant> currentActivatedAt() {
        return jdbc.sql("SELECT max(activated_at) FROM signing_keys WHERE retired_at IS NULL AND superseded_at IS NULL")
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    void supersedeCurrent(Instant at) {
        jdbc.sql("UPDATE signing_keys SET superseded_at = ? WHERE superseded_at IS NULL AND retired_at IS NULL")
                .param(Timestamp.from(at)).update();
    }

    void insert(String kid, byte[] privateKeyEncrypted, byte[] publicKey, Instant at) {
        jdbc.sql("""
                INSERT INTO signing_keys (kid, private_key_encrypted, public_key, created_at, activated_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(kid, privateKeyEncrypted, publicKey, Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    /** Retires keys superseded before {@code cutoff}: no token they signed can still be valid. */
    int retireSupersededBefore(Instant cutoff, Instant now) {
        return jdbc.sql("UPDATE signing_keys SET retired_at = ? WHERE retired_at IS NULL AND superseded_at < ?")
                .params(Timestamp.from(now), Timestamp.from(cutoff)).update();
    }

    private static StoredKey map(ResultSet rs, int row) throws SQLException {
        Timestamp superseded = rs.getTimestamp("superseded_at");
        return new StoredKey(rs.getString("kid"), rs.getBytes("private_key_encrypted"), rs.getBytes("public_key"),
                rs.getTimestamp("activated_at").toInstant(), superseded == null ? null : superseded.toInstant());
    }
}
