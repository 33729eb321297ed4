-- The inbox. A row is one notification; rows of one group (likes, reposts, follows of one subject within the
-- grouping window) share group_key, every other row is a group of its own.
CREATE TABLE notification (
    id              bigint PRIMARY KEY,
    recipient_id    bigint      NOT NULL,
    type            text        NOT NULL,
    actor_id        bigint      NOT NULL,
    subject_type    text        NOT NULL,
    subject_id      bigint      NOT NULL,
    server_id       bigint,
    channel_id      bigint,
    conversation_id bigint,
    excerpt         text,
    -- the fact that caused it (e.g. like:<post>:<user>): one notification per fact and recipient, and what an undo names
    source_key      text        NOT NULL,
    group_key       text        NOT NULL,
    read            boolean     NOT NULL DEFAULT false,
    -- its subject went away after it was read: kept (it was seen) but no longer listed
    gone            boolean     NOT NULL DEFAULT false,
    emailed         boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL,
    CONSTRAINT notification_fact UNIQUE (recipient_id, source_key)
);
-- the list (newest first) and the grouped list
CREATE INDEX notification_inbox ON notification (recipient_id, id DESC) WHERE NOT gone;
-- the badge: an index-only count of one user's unread rows
CREATE INDEX notification_unread ON notification (recipient_id, id) WHERE NOT read AND NOT gone;
CREATE INDEX notification_group ON notification (recipient_id, group_key, id DESC) WHERE NOT gone;
-- undo by subject (a deleted post or message) and by actor (a block)
CREATE INDEX notification_subject ON notification (subject_id);
CREATE INDEX notification_actor ON notification (actor_id, recipient_id);
-- the digest: unread, not yet emailed
CREATE INDEX notification_digest ON notification (recipient_id, id) WHERE NOT read AND NOT gone AND NOT emailed;

-- @everyone and role mentions: one row per message, written in the consumer's transaction; the fan-out job turns it
-- into notification rows in batches (cursor = the last member handled), so the message's path stays O(1)
CREATE TABLE mention_fanout (
    message_id     bigint PRIMARY KEY,
    server_id      bigint      NOT NULL,
    channel_id     bigint      NOT NULL,
    author_id      bigint      NOT NULL,
    everyone       boolean     NOT NULL,
    role_ids       bigint[]    NOT NULL DEFAULT '{}',
    excerpt        text,
    created_at     timestamptz NOT NULL,
    cursor_user_id bigint      NOT NULL DEFAULT 0,
    done           boolean     NOT NULL DEFAULT false
);
CREATE INDEX mention_fanout_pending ON mention_fanout (message_id) WHERE NOT done;

-- DMs waiting for the delay: when still unread at due_at they become a dm_message notification
CREATE TABLE dm_pending (
    recipient_id    bigint      NOT NULL,
    message_id      bigint      NOT NULL,
    conversation_id bigint      NOT NULL,
    sender_id       bigint      NOT NULL,
    excerpt         text,
    created_at      timestamptz NOT NULL,
    due_at          timestamptz NOT NULL,
    PRIMARY KEY (recipient_id, message_id)
);
CREATE INDEX dm_pending_due ON dm_pending (due_at);
CREATE INDEX dm_pending_message ON dm_pending (message_id);
