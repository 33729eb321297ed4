CREATE TABLE chat_message (
    id         bigint PRIMARY KEY,
    stream_id  bigint      NOT NULL REFERENCES stream (id),
    author_id  bigint      NOT NULL,
    content    text,
    nonce      text,
    created_at timestamptz NOT NULL,
    deleted_at timestamptz,
    deleted_by bigint
);
CREATE INDEX chat_history_idx ON chat_message (stream_id, id DESC);
-- an author's nonce names one message of a stream: a retried or raced send finds the original
CREATE UNIQUE INDEX chat_nonce_idx ON chat_message (stream_id, author_id, nonce) WHERE nonce IS NOT NULL;
-- slow mode: an author's latest message in a stream
CREATE INDEX chat_author_idx ON chat_message (stream_id, author_id, id DESC);

-- Bans and moderators belong to the streamer's channel (every stream of the streamer), not to one broadcast.
CREATE TABLE chat_ban (
    streamer_id bigint      NOT NULL,
    user_id     bigint      NOT NULL,
    banned_by   bigint      NOT NULL,
    -- null: banned until lifted; otherwise a timeout
    expires_at  timestamptz,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (streamer_id, user_id)
);
CREATE TABLE chat_moderator (
    streamer_id bigint      NOT NULL,
    user_id     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (streamer_id, user_id)
);
