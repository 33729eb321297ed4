CREATE TABLE message (
    id              bigint PRIMARY KEY,
    conversation_id bigint      NOT NULL REFERENCES conversation (id),
    sender_id       bigint      NOT NULL,
    -- TEXT, or a system message: PARTICIPANT_ADDED, PARTICIPANT_REMOVED, PARTICIPANT_LEFT, CONVERSATION_RENAMED
    kind            text        NOT NULL,
    client_id       text,
    content         text,
    attachment_ids  bigint[]    NOT NULL DEFAULT '{}',
    reply_to_id     bigint,
    target_user_id  bigint,
    created_at      timestamptz NOT NULL,
    edited_at       timestamptz,
    deleted_at      timestamptz
);
-- history pages and unread ranges: (conversation_id, id DESC)
CREATE INDEX message_history_idx ON message (conversation_id, id DESC);
-- a sender's clientId names one message: a retried or raced send finds the original
CREATE UNIQUE INDEX message_client_id_idx ON message (sender_id, client_id) WHERE client_id IS NOT NULL;
