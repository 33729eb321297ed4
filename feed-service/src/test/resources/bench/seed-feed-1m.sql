-- Timeline benchmark data (issue 7): 10,000 users, 1,000,000 posts, 20,000 reposts, 20 viewers.
-- Deterministic (hashint8extended, no random()), so every run measures the same rows.
--   posts      ids 2, 4, … 2,000,000 (even), authors 1..10,000 spread by hash; 10 % server-scoped
--              (100 servers), 5 % friends-only, the rest public; 10 % of the public ones are replies.
--   reposts    timeline entries with odd ids (2,001 … 40,001 step 2, i.e. among the newest), by hashed users.
--   viewers    5,000,000,000 + v (v = 0..19): each follows 500 users (50 of them friends, both
--              ways), is in 5 servers, blocks 3 of the followed users and is blocked by 2 others.
--              5,000,000,100 ("sparse"): follows 3 users, is in 1 server.
-- Run against the feed schema as its owner or a superuser (BenchServer runs it; psql -f works too).
-- Statements end with ';' at the end of a line (BenchServer splits on that).

INSERT INTO known_users (id, username, display_name, updated_at)
SELECT u, 'user' || u, 'User ' || u, now() FROM generate_series(1, 10000) u;
INSERT INTO known_users (id, username, display_name, updated_at)
SELECT 5000000000 + v, 'viewer' || v, 'Viewer ' || v, now() FROM generate_series(0, 19) v;

INSERT INTO posts (id, author_id, owner_id, content, reply_to_id, root_id, audience, server_id, created_at)
SELECT 2 * g, a, a, 'post number ' || g || ' #bench',
       CASE WHEN kind = 'REPLY' THEN 2 * (g - 1) END,
       CASE WHEN kind = 'REPLY' THEN 2 * (g - 1) ELSE 2 * g END,
       CASE kind WHEN 'SERVER' THEN 'SERVER' WHEN 'FRIENDS' THEN 'FRIENDS' ELSE 'PUBLIC' END,
       CASE WHEN kind = 'SERVER' THEN 1 + abs(hashint8extended(g, 3)) % 100 END,
       timestamptz '2026-01-01' + g * interval '1 second'
  FROM (SELECT g, 1 + abs(hashint8extended(g, 1)) % 10000 AS a,
               CASE WHEN g > 1 AND abs(hashint8extended(g, 2)) % 100 < 10 THEN 'SERVER'
                    WHEN abs(hashint8extended(g, 2)) % 100 < 15 THEN 'FRIENDS'
                    WHEN g > 1 AND abs(hashint8extended(g, 4)) % 10 = 0 THEN 'REPLY'
                    ELSE 'PUBLIC' END AS kind
          FROM generate_series(1, 1000000) g) s;
-- a reply to a non-public post takes that thread's audience (as PostCreation does)
UPDATE posts r SET audience = p.audience, server_id = p.server_id, owner_id = p.owner_id
  FROM posts p WHERE r.reply_to_id = p.id AND p.audience <> 'PUBLIC';

INSERT INTO timeline_entries (id, actor_id, post_id, kind, server_id, is_reply)
SELECT id, author_id, id, 'POST', server_id, reply_to_id IS NOT NULL FROM posts;
-- reposts of public, non-reply posts, interleaved with the posts (odd ids)
INSERT INTO timeline_entries (id, actor_id, post_id, kind, server_id, is_reply)
SELECT 2 * r + 1, 1 + abs(hashint8extended(r, 5)) % 10000, p.id, 'REPOST', NULL, FALSE
  FROM generate_series(1000, 1000000, 50) r
  JOIN posts p ON p.id = 2 * (r - 1 - abs(hashint8extended(r, 6)) % 500)
 WHERE p.audience = 'PUBLIC' AND p.reply_to_id IS NULL;
INSERT INTO interactions (id, user_id, post_id, kind, created_at)
SELECT e.id, e.actor_id, e.post_id, 'REPOST', now() FROM timeline_entries e WHERE e.kind = 'REPOST'
ON CONFLICT DO NOTHING;
UPDATE posts p SET repost_count = c.n FROM (SELECT post_id, count(*) AS n FROM interactions GROUP BY post_id) c
 WHERE c.post_id = p.id;

-- the viewers' graph: follows (users v*37+1, +20, +40, …), 50 friends, blocks both ways
INSERT INTO user_edges (user_id, target_id, kind, active, changed_at)
SELECT 5000000000 + v, 1 + (v * 37 + k * 20) % 10000, 'FOLLOW', TRUE, now()
  FROM generate_series(0, 19) v, generate_series(0, 499) k;
INSERT INTO user_edges (user_id, target_id, kind, active, changed_at)
SELECT 5000000000 + v, 1 + (v * 37 + k * 20) % 10000, 'FRIEND', TRUE, now()
  FROM generate_series(0, 19) v, generate_series(0, 49) k;
INSERT INTO user_edges (user_id, target_id, kind, active, changed_at)
SELECT 1 + (v * 37 + k * 20) % 10000, 5000000000 + v, 'FRIEND', TRUE, now()
  FROM generate_series(0, 19) v, generate_series(0, 49) k;
INSERT INTO user_edges (user_id, target_id, kind, active, changed_at)
SELECT 5000000000 + v, 1 + (v * 37 + k * 20) % 10000, 'BLOCK', TRUE, now()
  FROM generate_series(0, 19) v, generate_series(100, 102) k;
INSERT INTO user_edges (user_id, target_id, kind, active, changed_at)
SELECT 1 + (v * 37 + k * 20) % 10000, 5000000000 + v, 'BLOCK', TRUE, now()
  FROM generate_series(0, 19) v, generate_series(103, 104) k;
INSERT INTO server_members (user_id, server_id, active, changed_at)
SELECT 5000000000 + v, 1 + (v * 5 + s) % 100, TRUE, now() FROM generate_series(0, 19) v, generate_series(0, 4) s;
INSERT INTO known_users (id, username, display_name, updated_at) VALUES (5000000100, 'sparse', 'Sparse', now());
INSERT INTO user_edges (user_id, target_id, kind, active, changed_at)
VALUES (5000000100, 1, 'FOLLOW', TRUE, now()), (5000000100, 2, 'FOLLOW', TRUE, now()),
       (5000000100, 3, 'FRIEND', TRUE, now()), (3, 5000000100, 'FRIEND', TRUE, now());
INSERT INTO server_members (user_id, server_id, active, changed_at) VALUES (5000000100, 7, TRUE, now());

VACUUM ANALYZE;
