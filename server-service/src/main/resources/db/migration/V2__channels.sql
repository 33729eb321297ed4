-- Text channels and categories. A text channel may sit in a category (parent_id); a
-- category has no parent. Overwrites adjust a role's or a member's permissions in one channel.
CREATE TABLE channels (
    id                 BIGINT       PRIMARY KEY,
    server_id          BIGINT       NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    type               VARCHAR(16)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    topic              VARCHAR(1024),
    parent_id          BIGINT       REFERENCES channels (id) ON DELETE SET NULL,
    position           INT          NOT NULL DEFAULT 0,
    slow_mode_seconds  INT          NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT channels_type_check CHECK (type IN ('TEXT', 'CATEGORY')),
    CONSTRAINT channels_slow_mode_check CHECK (slow_mode_seconds BETWEEN 0 AND 21600)
);

CREATE INDEX channels_server_idx ON channels (server_id, position, id);

CREATE TABLE channel_overwrites (
    channel_id   BIGINT      NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    target_id    BIGINT      NOT NULL,
    target_type  VARCHAR(8)  NOT NULL,
    allow_bits   BIGINT      NOT NULL,
    deny_bits    BIGINT      NOT NULL,
    PRIMARY KEY (channel_id, target_id),
    CONSTRAINT channel_overwrites_type_check CHECK (target_type IN ('ROLE', 'MEMBER'))
);
