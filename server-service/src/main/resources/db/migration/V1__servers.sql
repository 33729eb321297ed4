-- Servers (guilds), their roles, members and the roles members hold.
--
-- The @everyone role of a server has the server's id and position 0; every member holds it
-- implicitly (it never appears in member_roles). member_count is kept in the same
-- transaction as joins and leaves so that an invite preview needs no COUNT(*).
CREATE TABLE servers (
    id             BIGINT       PRIMARY KEY,
    owner_id       BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    description    VARCHAR(1000),
    icon_media_id  BIGINT,
    member_count   INT          NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);

CREATE TABLE roles (
    id           BIGINT       PRIMARY KEY,
    server_id    BIGINT       NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    permissions  BIGINT       NOT NULL,
    position     INT          NOT NULL,
    color        INT          NOT NULL DEFAULT 0,
    mentionable  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ  NOT NULL
);

CREATE INDEX roles_server_idx ON roles (server_id, position);

CREATE TABLE members (
    server_id  BIGINT      NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    user_id    BIGINT      NOT NULL,
    nickname   VARCHAR(32),
    joined_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (server_id, user_id)
);

-- "my servers"
CREATE INDEX members_user_idx ON members (user_id, server_id);

CREATE TABLE member_roles (
    server_id  BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    role_id    BIGINT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (server_id, user_id, role_id),
    FOREIGN KEY (server_id, user_id) REFERENCES members (server_id, user_id) ON DELETE CASCADE
);

CREATE INDEX member_roles_role_idx ON member_roles (role_id);

CREATE TABLE bans (
    server_id  BIGINT       NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    user_id    BIGINT       NOT NULL,
    banned_by  BIGINT       NOT NULL,
    reason     VARCHAR(512),
    created_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (server_id, user_id)
);
