CREATE TABLE conversation (
    id              bigint PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('DIRECT', 'GROUP')),
    name            text,
    icon_media_id   bigint,
    owner_id        bigint      NOT NULL,
    -- '<lower id>:<higher id>' for a 1:1, so that there is one per pair even when two create it at once
    direct_key      text UNIQUE,
    created_at      timestamptz NOT NULL
);

-- The caller's side of a conversation: read marker, unread count (maintained incrementally by
-- every send, delete and read) and the conversation's last activity: the id of its latest
-- message (system messages included), or of the conversation itself while it has none. A copy
-- per participant, so that the inbox is one index range scan per user, and the last message
-- one primary-key lookup.
CREATE TABLE participant (
    conversation_id bigint      NOT NULL REFERENCES conversation (id),
    user_id         bigint      NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    joined_at       timestamptz NOT NULL,
    last_read_id    bigint      NOT NULL DEFAULT 0,
    unread_count    integer     NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
    activity_id     bigint      NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX participant_inbox_idx ON participant (user_id, activity_id DESC) WHERE active;
