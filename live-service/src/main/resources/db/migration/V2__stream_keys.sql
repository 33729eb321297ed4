-- One key per user. The ingest looks it up by hash (SHA-256 of the key); the owner reveals it from its
-- AES-256-GCM ciphertext (nonce || ciphertext, the user id as associated data). Rotation replaces the row.
CREATE TABLE stream_key (
    user_id    bigint PRIMARY KEY,
    key_hash   bytea       NOT NULL UNIQUE,
    key_cipher bytea       NOT NULL,
    created_at timestamptz NOT NULL
);
