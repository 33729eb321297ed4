-- Attachments (issue 15). media_objects: the media-service announced on xcord.media.events (service-kit's
-- media projection writes it, AttachableMedia reads it by primary key when a message is sent).
CREATE TABLE media_objects (
    id          BIGINT      PRIMARY KEY,
    owner_id    BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    purpose     VARCHAR(16),
    media       JSONB,
    changed_at  TIMESTAMPTZ NOT NULL
);

-- A message keeps its attachments' media objects as they were when it was sent: a history page reads them with
-- the row (no second query), and deleting the media later does not change the message. attachment_ids stays the
-- list of ids (older messages have ids only).
ALTER TABLE messages ADD COLUMN attachments JSONB NOT NULL DEFAULT '[]';
