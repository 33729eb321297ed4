-- Refresh tokens are stored only as their SHA-256. A rotated token stays (rotated_at set) so
-- that presenting it again is recognised as reuse and revokes its session.
CREATE TABLE refresh_tokens (
    hash        BYTEA        PRIMARY KEY,
    session_id  BIGINT       NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    rotated_at  TIMESTAMPTZ
);

CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id);
