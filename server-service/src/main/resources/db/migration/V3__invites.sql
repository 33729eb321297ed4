-- Invite codes. Revoking deletes the row; an expired or used-up code stays until purged but
-- answers 404 like an unknown one.
CREATE TABLE invites (
    code        VARCHAR(16) PRIMARY KEY,
    server_id   BIGINT      NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    inviter_id  BIGINT      NOT NULL,
    max_uses    INT         NOT NULL,
    uses        INT         NOT NULL DEFAULT 0,
    expires_at  TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX invites_server_idx ON invites (server_id);
