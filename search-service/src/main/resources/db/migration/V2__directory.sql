-- People and the relationships that decide who sees whose posts (auth-service's events).
CREATE TABLE indexed_user (
    id           BIGINT PRIMARY KEY,
    username     TEXT        NOT NULL,
    display_name TEXT,
    -- username and display name folded (lower case, no accents, ı → i) by the service: what trigrams compare
    folded_name  TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX indexed_user_folded_trgm ON indexed_user USING gin (folded_name gin_trgm_ops);

-- one row per direction: a friendship is two rows, a block one
CREATE TABLE user_edge (
    user_id    BIGINT      NOT NULL,
    target_id  BIGINT      NOT NULL,
    kind       TEXT        NOT NULL CHECK (kind IN ('friend', 'block')),
    active     BOOLEAN     NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, target_id, kind)
);
CREATE INDEX user_edge_target ON user_edge (target_id, kind) WHERE active;
