-- The media projection (com.xcord.servicekit.media): what media-service announced on xcord.media.events, by media
-- id. Written by the projection, read by AttachableMedia with one primary-key lookup for all the ids of a request.
-- Only in the schemas of services that attach media (xcord.media.attachable).
CREATE TABLE media_objects (
    id          BIGINT      PRIMARY KEY,
    owner_id    BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    -- ready | failed (media-service announces nothing while an upload is processing)
    status      VARCHAR(16) NOT NULL,
    -- attachment | avatar | banner | icon | emoji, as uploaded
    purpose     VARCHAR(16),
    -- the MediaAttachment of media.ready / media.updated (null when failed)
    media       JSONB,
    changed_at  TIMESTAMPTZ NOT NULL
);
