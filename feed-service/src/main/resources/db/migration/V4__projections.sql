-- Local read models fed by other services' events (no synchronous calls on the hot path).
-- Every row keeps the time of the fact it reflects, so a late, older event never overwrites
-- a newer one (reordering and redelivery are tolerated); removed edges stay as inactive rows
-- for the same reason.

-- from auth-service: user.registered / user.updated (for @mention resolution and author names)
CREATE TABLE known_users (
    id            BIGINT      PRIMARY KEY,
    username      VARCHAR(32) NOT NULL,
    display_name  VARCHAR(64),
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_users_username_idx ON known_users (username);

-- from auth-service: relationship.changed (FRIEND both directions, FOLLOW and BLOCK one way)
CREATE TABLE user_edges (
    user_id     BIGINT      NOT NULL,
    target_id   BIGINT      NOT NULL,
    kind        VARCHAR(8)  NOT NULL,
    active      BOOLEAN     NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, kind, target_id),
    CONSTRAINT user_edges_kind_check CHECK (kind IN ('FRIEND', 'FOLLOW', 'BLOCK'))
);
CREATE INDEX user_edges_target_idx ON user_edges (target_id, kind, user_id) WHERE active;

-- from server-service: member.joined / left / kicked / banned, server.deleted
CREATE TABLE server_members (
    user_id     BIGINT      NOT NULL,
    server_id   BIGINT      NOT NULL,
    active      BOOLEAN     NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, server_id)
);
CREATE INDEX server_members_server_idx ON server_members (server_id) WHERE active;

CREATE TABLE deleted_servers (
    server_id   BIGINT      PRIMARY KEY,
    deleted_at  TIMESTAMPTZ NOT NULL
);
