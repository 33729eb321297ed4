-- Attachments (issue 15); the media projection's own table (media_objects) is service-kit's.
-- A post keeps its media objects as they were when it was written: a timeline page reads them with the row (no
-- second query), and deleting the media later does not change the post. media_ids stays the list of ids (older
-- posts have ids only). A tombstone clears both.
ALTER TABLE posts ADD COLUMN media JSONB NOT NULL DEFAULT '[]';
