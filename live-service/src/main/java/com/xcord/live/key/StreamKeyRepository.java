package com.xcord.live.key;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code stream_key} table: one row per user, found by owner or by the key's hash. */
@Repository
class StreamKeyRepository {

    record Row(long userId, byte[] keyHash, byte[] keyCipher, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    StreamKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> ofUser(long userId) {
        return jdbc.sql("SELECT user_id, key_hash, key_cipher, created_at FROM stream_key WHERE user_id = :u")
                .param("u", userId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getTimestamp(4).toInstant()))
                .optional();
    }

    Optional<Long> ownerOf(byte[] keyHash) {
        return jdbc.sql("SELECT user_id FROM stream_key WHERE key_hash = :h").param("h", keyHash)
                .query(Long.class).optional();
    }

    /** Inserts the user's first key; false when another request created one first. */
    boolean insertFirst(Row row) {
        return jdbc.sql("""
                        INSERT INTO stream_key (user_id, key_hash, key_cipher, created_at) VALUES (:u, :h, :c, :at)
                        ON CONFLICT (user_id) DO NOTHING
                        """)
                .param("u", row.userId()).param("h", row.keyHash()).param("c", row.keyCipher())
                .param("at", Timestamp.from(row.createdAt())).update() == 1;
    }

    /** Replaces the user's key (or sets the first): the old hash no longer finds anyone from this commit on. */
    void replace(Row row) {
        jdbc.sql("""
                        INSERT INTO stream_key (user_id, key_hash, key_cipher, created_at) VALUES (:u, :h, :c, :at)
                        ON CONFLICT (user_id) DO UPDATE SET key_hash = EXCLUDED.key_hash,
                               key_cipher = EXCLUDED.key_cipher, created_at = EXCLUDED.created_at
                        """)
                .param("u", row.userId()).param("h", row.keyHash()).param("c", row.keyCipher())
                .param("at", Timestamp.from(row.createdAt())).update();
    }
}
