-- Channel messages. History pages read (channel_id, id) backwards or forwards: ids are
-- time-ordered snowflakes, so this index alone serves before/after/around.
CREATE TABLE messages (
    id                BIGINT        PRIMARY KEY,
    channel_id        BIGINT        NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    server_id         BIGINT        NOT NULL,
    author_id         BIGINT        NOT NULL,
    content           VARCHAR(4000) NOT NULL,
    nonce             VARCHAR(64),
    mention_user_ids  BIGINT[]      NOT NULL DEFAULT '{}',
    mention_role_ids  BIGINT[]      NOT NULL DEFAULT '{}',
    mention_everyone  BOOLEAN       NOT NULL DEFAULT FALSE,
    attachment_ids    BIGINT[]      NOT NULL DEFAULT '{}',
    created_at        TIMESTAMPTZ   NOT NULL,
    edited_at         TIMESTAMPTZ
);

CREATE INDEX messages_channel_id_idx ON messages (channel_id, id DESC);

-- nonce look-ups: only messages sent with one
CREATE INDEX messages_nonce_idx ON messages (channel_id, author_id, nonce) WHERE nonce IS NOT NULL;

-- slow mode: when each author last sent in a slow channel
CREATE TABLE slow_mode_state (
    channel_id  BIGINT      NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    user_id     BIGINT      NOT NULL,
    last_sent   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);
