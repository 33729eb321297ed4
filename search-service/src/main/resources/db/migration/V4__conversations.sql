-- dm-service's conversations: who takes part now, and the messages.
CREATE TABLE dm_participant (
    conversation_id BIGINT NOT NULL,
    user_id         BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX dm_participant_user ON dm_participant (user_id);

CREATE TABLE dm_message (
    id              BIGINT PRIMARY KEY,
    conversation_id BIGINT      NOT NULL,
    sender_id       BIGINT      NOT NULL,
    content         TEXT        NOT NULL,
    document        TSVECTOR GENERATED ALWAYS AS (to_tsvector('xcord_text'::regconfig, content)) STORED,
    has_flags       SMALLINT    NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL,
    edited_at       TIMESTAMPTZ
);
CREATE INDEX dm_message_document ON dm_message USING gin (document);
CREATE INDEX dm_message_conversation ON dm_message (conversation_id, id);
