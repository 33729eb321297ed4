-- feed-service's posts with the audience each may reach.
CREATE TABLE post (
    id          BIGINT PRIMARY KEY,
    author_id   BIGINT      NOT NULL,
    content     TEXT        NOT NULL,
    document    TSVECTOR GENERATED ALWAYS AS (to_tsvector('xcord_text'::regconfig, content)) STORED,
    visibility  TEXT        NOT NULL CHECK (visibility IN ('public', 'friends', 'server')),
    server_id   BIGINT,
    mention_ids BIGINT[]    NOT NULL DEFAULT '{}',
    has_flags   SMALLINT    NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX post_document ON post USING gin (document);
CREATE INDEX post_author ON post (author_id, id);
