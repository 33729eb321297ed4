-- What notification-service keeps of other services' state (DESIGN §2: its own read models, fed by events).

-- auth-service: users' names (user.registered/updated, for the digest's lines), email addresses
-- (user.email.changed), blocks and follows (relationship.changed)
CREATE TABLE known_user (
    id                 bigint PRIMARY KEY,
    username           text,
    display_name       text,
    profile_updated_at timestamptz,
    email              text,
    changed_at         timestamptz
);

CREATE TABLE user_block (
    blocker_id bigint      NOT NULL,
    blocked_id bigint      NOT NULL,
    active     boolean     NOT NULL,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);

CREATE TABLE user_follow (
    follower_id bigint      NOT NULL,
    followed_id bigint      NOT NULL,
    active      boolean     NOT NULL,
    changed_at  timestamptz NOT NULL,
    PRIMARY KEY (follower_id, followed_id)
);
CREATE INDEX user_follow_followers ON user_follow (followed_id, follower_id) WHERE active;

-- server-service: the permission projection that decides who may view a channel (mentions respect it)
CREATE TABLE guild (
    id       bigint PRIMARY KEY,
    owner_id bigint NOT NULL
);

CREATE TABLE guild_member (
    server_id bigint   NOT NULL,
    user_id   bigint   NOT NULL,
    role_ids  bigint[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (server_id, user_id)
);

CREATE TABLE guild_role (
    server_id   bigint NOT NULL,
    role_id     bigint NOT NULL,
    permissions bigint NOT NULL,
    PRIMARY KEY (server_id, role_id)
);

CREATE TABLE guild_channel (
    id         bigint PRIMARY KEY,
    server_id  bigint NOT NULL,
    -- [{targetId, type: role|member, allow, deny}] as server-service publishes them
    overwrites jsonb  NOT NULL DEFAULT '[]'
);
CREATE INDEX guild_channel_server ON guild_channel (server_id);

-- dm-service: how far each participant has read (a DM read within the delay is no notification)
CREATE TABLE dm_read (
    conversation_id      bigint NOT NULL,
    user_id              bigint NOT NULL,
    last_read_message_id bigint NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
);
