-- Relationships between users, one row per directed edge: user_id acts on target_id.
--
-- FRIEND_REQUEST (requester -> recipient), FOLLOW (follower -> followee) and BLOCK
-- (blocker -> blocked) are one row each. An accepted FRIEND is stored as two rows, one per
-- direction, always inserted and deleted together in one transaction: each side then reads
-- its own friends like every other "my side" list, from the (user_id, kind, id) index, and
-- its own row id is its pagination cursor. The incoming lists (pending requests, followers)
-- read the (target_id, kind, id) index.
--
-- Writers serialize per pair of users with a transaction-scoped advisory lock, so the
-- unique key only backs that up.
CREATE TABLE relationships (
    id          BIGINT      PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target_id   BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        VARCHAR(16) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT relationships_kind_check CHECK (kind IN ('FRIEND_REQUEST', 'FRIEND', 'FOLLOW', 'BLOCK')),
    CONSTRAINT relationships_not_self_check CHECK (user_id <> target_id),
    CONSTRAINT relationships_edge_key UNIQUE (user_id, target_id, kind)
);

CREATE INDEX relationships_user_kind_id_idx ON relationships (user_id, kind, id);
CREATE INDEX relationships_target_kind_id_idx ON relationships (target_id, kind, id);
