-- Likes, reposts and bookmarks: one row per (user, post, kind). The unique key makes a second
-- like a no-op; the counters on posts move only when a row really appears or disappears, in
-- the same transaction, so they stay exact under concurrency.
CREATE TABLE interactions (
    id          BIGINT      PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    post_id     BIGINT      NOT NULL REFERENCES posts (id),
    kind        VARCHAR(8)  NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT interactions_kind_check CHECK (kind IN ('LIKE', 'REPOST', 'BOOKMARK')),
    CONSTRAINT interactions_key UNIQUE (user_id, post_id, kind)
);

-- bookmarks list, newest first
CREATE INDEX interactions_user_kind_id_idx ON interactions (user_id, kind, id);
