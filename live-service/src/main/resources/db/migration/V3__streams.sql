CREATE TABLE stream (
    id                bigint PRIMARY KEY,
    user_id           bigint      NOT NULL,
    title             text        NOT NULL,
    category_id       bigint REFERENCES category (id),
    -- idle (prepared), live (the ingest publishes), ended
    status            text        NOT NULL,
    slow_mode_seconds int         NOT NULL DEFAULT 0,
    viewer_count      int         NOT NULL DEFAULT 0,
    peak_viewers      int         NOT NULL DEFAULT 0,
    -- the hash of the key it was published with, and the ingest's client id: on_update and on_publish_done find it
    key_hash          bytea,
    ingest_client     text,
    created_at        timestamptz NOT NULL,
    started_at        timestamptz,
    ended_at          timestamptz,
    last_ingest_at    timestamptz,
    end_reason        text
);
-- a user has at most one stream that is not over (prepared or live)
CREATE UNIQUE INDEX stream_open_per_user_idx ON stream (user_id) WHERE status <> 'ended';
-- the live directory, by viewers
CREATE INDEX stream_live_idx ON stream (viewer_count DESC, id DESC) WHERE status = 'live';
CREATE INDEX stream_user_idx ON stream (user_id, id DESC);
CREATE INDEX stream_key_hash_idx ON stream (key_hash) WHERE status = 'live';
