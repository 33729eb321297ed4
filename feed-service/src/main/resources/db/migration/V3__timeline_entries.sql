-- What timelines list: one entry per post (id = post id) and per repost (id = the repost's
-- interaction id). Entry ids are snowflakes, so they are the stable pagination cursor.
-- Timelines are computed on read from this table (see com.xcord.feed.timeline).
CREATE TABLE timeline_entries (
    id         BIGINT     PRIMARY KEY,
    actor_id   BIGINT     NOT NULL,
    post_id    BIGINT     NOT NULL REFERENCES posts (id),
    kind       VARCHAR(8) NOT NULL,
    server_id  BIGINT,
    is_reply   BOOLEAN    NOT NULL,
    CONSTRAINT timeline_entries_kind_check CHECK (kind IN ('POST', 'REPOST'))
);

CREATE INDEX timeline_entries_actor_idx ON timeline_entries (actor_id, id);
CREATE INDEX timeline_entries_server_idx ON timeline_entries (server_id, id) WHERE server_id IS NOT NULL;
