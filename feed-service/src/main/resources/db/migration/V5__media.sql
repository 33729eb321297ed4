-- Media in posts (issue 15). media_objects: the media media-service announced on xcord.media.events (service-kit's
-- media projection writes it, AttachableMedia reads it by primary key when a post is written).
CREATE TABLE media_objects (
    id          BIGINT      PRIMARY KEY,
    owner_id    BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    purpose     VARCHAR(16),
    media       JSONB,
    changed_at  TIMESTAMPTZ NOT NULL
);

-- A post keeps its media objects as they were when it was written: a timeline page reads them with the row (no
-- second query), and deleting the media later does not change the post. media_ids stays the list of ids (older
-- posts have ids only). A tombstone clears both.
ALTER TABLE posts ADD COLUMN media JSONB NOT NULL DEFAULT '[]';
