-- Posts, replies and quotes. A deleted post stays as a tombstone (content and media cleared,
-- deleted_at set) so that its replies keep their place in the thread.
--
-- Audience: 'PUBLIC', 'FRIENDS' (the friends of owner_id) or 'SERVER' (members of server_id).
-- A reply takes its thread's audience and owner_id is the thread root's author, so one row
-- answers "may viewer V see this?" without walking the thread (see audience.Visibility).
CREATE TABLE posts (
    id            BIGINT      PRIMARY KEY,
    author_id     BIGINT      NOT NULL,
    owner_id      BIGINT      NOT NULL,
    content       TEXT,
    media_ids     BIGINT[]    NOT NULL DEFAULT '{}',
    reply_to_id   BIGINT      REFERENCES posts (id),
    root_id       BIGINT      NOT NULL,
    quote_of_id   BIGINT      REFERENCES posts (id),
    audience      VARCHAR(8)  NOT NULL,
    server_id     BIGINT,
    mention_ids   BIGINT[]    NOT NULL DEFAULT '{}',
    hashtags      TEXT[]      NOT NULL DEFAULT '{}',
    like_count    INT         NOT NULL DEFAULT 0,
    repost_count  INT         NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL,
    deleted_at    TIMESTAMPTZ,
    CONSTRAINT posts_audience_check CHECK (audience IN ('PUBLIC', 'FRIENDS', 'SERVER')),
    CONSTRAINT posts_server_check CHECK ((audience = 'SERVER') = (server_id IS NOT NULL)),
    CONSTRAINT posts_counts_check CHECK (like_count >= 0 AND repost_count >= 0)
);

CREATE INDEX posts_reply_to_idx ON posts (reply_to_id, id) WHERE reply_to_id IS NOT NULL;
CREATE INDEX posts_quote_of_idx ON posts (quote_of_id) WHERE quote_of_id IS NOT NULL;
