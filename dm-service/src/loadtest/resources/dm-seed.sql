-- Seeds the benchmark data set into schema dm: one user with 1,000 1:1 conversations and
-- 1,000,000 messages (1,000 per conversation, interleaved in time, both sides writing).
-- Inputs (custom settings, e.g. psql: SET seed.user_id = '...'; or the simulation sets them):
--   seed.user_id, seed.first_other (1,000 consecutive partner ids), seed.conversations, seed.messages
-- Ids are snowflakes from 60 days ago: (milliseconds since 2025-01-01) << 22.
-- The benchmarked user has read all but the last (c mod 25) messages of conversation c.

CREATE TEMP TABLE seed AS
SELECT current_setting('seed.user_id')::bigint          AS u,
       current_setting('seed.first_other')::bigint   AS first_other,
       current_setting('seed.conversations')::int    AS convs,
       current_setting('seed.messages')::int         AS msgs,
       (extract(epoch FROM now() - interval '60 days') * 1000)::bigint - 1735689600000 AS base_ms;

INSERT INTO known_user (id)
SELECT u FROM seed
UNION ALL
SELECT first_other + g FROM seed, generate_series(0, (SELECT convs FROM seed) - 1) g
ON CONFLICT DO NOTHING;

INSERT INTO conversation (id, kind, owner_id, direct_key, created_at)
SELECT (s.base_ms - s.convs + c) << 22, 'DIRECT', s.u,
       least(s.u, s.first_other + c) || ':' || greatest(s.u, s.first_other + c),
       timestamptz '2025-01-01' + (s.base_ms - s.convs + c) * interval '1 millisecond'
  FROM seed s, generate_series(0, (SELECT convs FROM seed) - 1) c;

INSERT INTO message (id, conversation_id, sender_id, kind, client_id, content, created_at)
SELECT (s.base_ms + n) << 22,
       (s.base_ms - s.convs + n % s.convs) << 22,
       CASE WHEN (n / s.convs) % 2 = 0 THEN s.first_other + n % s.convs ELSE s.u END,
       'TEXT', 'seed-' || n, 'seeded message number ' || n,
       timestamptz '2025-01-01' + (s.base_ms + n) * interval '1 millisecond'
  FROM seed s, generate_series(0, (SELECT msgs FROM seed) - 1) n;

-- both sides; the partner has read everything, the user is (c mod 25) messages behind;
-- the activity is the conversation's last message
INSERT INTO participant (conversation_id, user_id, joined_at, last_read_id, activity_id)
SELECT c.id, p.user_id, c.created_at,
       CASE WHEN p.user_id = s.u
            THEN (s.base_ms + (s.msgs / s.convs - 1 - (k.c % 25)) * s.convs + k.c) << 22
            ELSE k.last_id END,
       k.last_id
  FROM seed s
  JOIN conversation c ON c.owner_id = s.u
  CROSS JOIN LATERAL (SELECT (c.id >> 22) - (s.base_ms - s.convs) AS c,
                             (s.base_ms + s.msgs - s.convs + ((c.id >> 22) - (s.base_ms - s.convs))) << 22 AS last_id) k
  CROSS JOIN LATERAL (VALUES (s.u), (s.first_other + k.c)) p (user_id);

UPDATE participant p
   SET unread_count = x.unread
  FROM (SELECT p2.conversation_id, p2.user_id, count(m.id) AS unread
          FROM participant p2
          JOIN seed s ON p2.user_id = s.u
          JOIN message m ON m.conversation_id = p2.conversation_id AND m.id > p2.last_read_id
                        AND m.sender_id <> p2.user_id
         GROUP BY 1, 2) x
 WHERE p.conversation_id = x.conversation_id AND p.user_id = x.user_id;

DROP TABLE seed;
