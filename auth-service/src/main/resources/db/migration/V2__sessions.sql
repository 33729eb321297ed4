-- A session is one signed-in device: it outlives its access tokens and is what logout revokes.
CREATE TABLE sessions (
    id             BIGINT       PRIMARY KEY,
    user_id        BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at     TIMESTAMPTZ  NOT NULL,
    last_used_at   TIMESTAMPTZ  NOT NULL,
    expires_at     TIMESTAMPTZ  NOT NULL,
    revoked_at     TIMESTAMPTZ,
    revoke_reason  VARCHAR(64),
    ip             VARCHAR(45),
    user_agent     VARCHAR(512)
);

-- the caller's active sessions, newest first (GET /auth/sessions, logout-all)
CREATE INDEX sessions_user_active_idx ON sessions (user_id, id DESC) WHERE revoked_at IS NULL;
