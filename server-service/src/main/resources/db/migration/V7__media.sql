-- Attachments (issue 15); the media projection's own table (media_objects) is service-kit's.
-- A message keeps its attachments' media objects as they were when it was sent: a history page reads them with
-- the row (no second query), and deleting the media later does not change the message. attachment_ids stays the
-- list of ids (older messages have ids only).
ALTER TABLE messages ADD COLUMN attachments JSONB NOT NULL DEFAULT '[]';
