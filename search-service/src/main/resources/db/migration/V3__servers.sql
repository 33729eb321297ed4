-- The permission projection of server-service (servers, channels, roles, members, overwrites) and its messages.
CREATE TABLE indexed_server (
    id          BIGINT PRIMARY KEY,
    owner_id    BIGINT      NOT NULL,
    name        TEXT        NOT NULL,
    description TEXT,
    folded_name TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX indexed_server_folded_trgm ON indexed_server USING gin (folded_name gin_trgm_ops);

CREATE TABLE server_channel (
    id         BIGINT PRIMARY KEY,
    server_id  BIGINT      NOT NULL,
    type       TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX server_channel_server ON server_channel (server_id);

-- target_type 'role' (the @everyone role's id is the server's) or 'member'
CREATE TABLE channel_overwrite (
    channel_id  BIGINT NOT NULL,
    target_id   BIGINT NOT NULL,
    target_type TEXT   NOT NULL,
    allow_bits  BIGINT NOT NULL,
    deny_bits   BIGINT NOT NULL,
    PRIMARY KEY (channel_id, target_type, target_id)
);

CREATE TABLE server_role (
    id          BIGINT PRIMARY KEY,
    server_id   BIGINT      NOT NULL,
    permissions BIGINT      NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX server_role_server ON server_role (server_id);

CREATE TABLE server_member (
    server_id BIGINT   NOT NULL,
    user_id   BIGINT   NOT NULL,
    role_ids  BIGINT[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (server_id, user_id)
);
CREATE INDEX server_member_user ON server_member (user_id);

-- has_flags: 1 link, 2 file (any attachment), 4 image, 8 video (see index.ContentFlags)
CREATE TABLE channel_message (
    id          BIGINT PRIMARY KEY,
    server_id   BIGINT      NOT NULL,
    channel_id  BIGINT      NOT NULL,
    author_id   BIGINT      NOT NULL,
    content     TEXT        NOT NULL,
    document    TSVECTOR GENERATED ALWAYS AS (to_tsvector('xcord_text'::regconfig, content)) STORED,
    mention_ids BIGINT[]    NOT NULL DEFAULT '{}',
    has_flags   SMALLINT    NOT NULL DEFAULT 0,
    pinned      BOOLEAN     NOT NULL DEFAULT false,
    created_at  TIMESTAMPTZ NOT NULL,
    edited_at   TIMESTAMPTZ
);
CREATE INDEX channel_message_document ON channel_message USING gin (document);
CREATE INDEX channel_message_channel ON channel_message (channel_id, id);
CREATE INDEX channel_message_server ON channel_message (server_id);
