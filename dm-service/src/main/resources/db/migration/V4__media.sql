-- Attachments (issue 15). media_objects: the media media-service announced on xcord.media.events (service-kit's
-- media projection writes it, AttachableMedia reads it by primary key when a message is sent).
CREATE TABLE media_objects (
    id          bigint      PRIMARY KEY,
    owner_id    bigint      NOT NULL,
    kind        varchar(16) NOT NULL,
    status      varchar(16) NOT NULL,
    purpose     varchar(16),
    media       jsonb,
    changed_at  timestamptz NOT NULL
);

-- A message keeps its attachments' media objects as they were when it was sent: a history page reads them with
-- the row (no second query), and deleting the media later does not change the message. attachment_ids stays the
-- list of ids (older messages have ids only).
ALTER TABLE message ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]';
