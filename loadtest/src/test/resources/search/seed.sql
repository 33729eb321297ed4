-- search-service benchmark data (loadtest SearchBench): 1M channel messages, 1M DMs, 1M posts, written straight into
-- search-service's index tables (the query-latency half of the benchmark; index lag is measured through Kafka).
-- The searching user is 1: member of 20 of 100 servers (200 of 1,000 channels, one of them denied), participant of
-- 200 of 10,000 conversations, friend of 500 of 50,000 authors, blocking 50 of them.
SET synchronous_commit = off;
TRUNCATE indexed_user, user_edge, indexed_server, server_channel, channel_overwrite, server_role, server_member,
         channel_message, dm_participant, dm_message, post;
DROP INDEX IF EXISTS channel_message_document;
DROP INDEX IF EXISTS dm_message_document;
DROP INDEX IF EXISTS post_document;

-- 5,000 pseudo-words (6 letters, from md5) plus Turkish and English words; word k is drawn with probability ~ 1/k
CREATE TEMP TABLE bench_word AS
SELECT i, translate(substr(md5(i::text), 1, 6), '0123456789', 'ghijklmnop') AS w FROM generate_series(1, 5000) i;
UPDATE bench_word SET w = (ARRAY['merhaba','istanbul','kitap','deploy','release','meeting','şehir','güzel','kahve',
    'server','çocuk','review','bug','ankara','hello','world','ticket','yarın','bugün','database'])[i]
 WHERE i <= 20;
CREATE TEMP TABLE bench_text AS
SELECT n, array_to_string(ARRAY(SELECT v.words[1 + floor(power(random(), 2.5) * 4999)::int + (n - n)]
                                 FROM generate_series(1, 12) k), ' ') AS content
  FROM generate_series(1, 200000) n, (SELECT array_agg(w ORDER BY i) AS words FROM bench_word) v;

-- ids: snowflakes (ms since 2025-01-01 << 22), one row every 2 s over the last ~23 days, oldest first
CREATE TEMP TABLE bench_row AS
SELECT i, ((extract(epoch FROM t) * 1000)::bigint - 1735689600000) << 22 | (i % 4096) AS id, t AS created_at
  FROM (SELECT i, now() - (1000000 - i) * interval '2 seconds' AS t FROM generate_series(1, 1000000) i) s;

INSERT INTO indexed_user (id, username, display_name, folded_name, updated_at)
SELECT u, 'user' || u, 'Kullanıcı ' || u, 'user' || u || ' kullanici ' || u, now() FROM generate_series(1, 50000) u;
INSERT INTO user_edge (user_id, target_id, kind, active, changed_at)
SELECT 1, a, 'friend', true, now() FROM generate_series(2, 501) a
UNION ALL SELECT a, 1, 'friend', true, now() FROM generate_series(2, 501) a
UNION ALL SELECT 1, a, 'block', true, now() FROM generate_series(1001, 1050) a;

INSERT INTO indexed_server (id, owner_id, name, description, folded_name, updated_at)
SELECT s, 100000 + s, 'Sunucu ' || s, null, 'sunucu ' || s, now() FROM generate_series(1, 100) s;
INSERT INTO server_role (id, server_id, permissions, updated_at)
SELECT s, s, 67226689, now() FROM generate_series(1, 100) s;  -- @everyone: Permissions.DEFAULT_EVERYONE
INSERT INTO server_channel (id, server_id, type, name, updated_at)
SELECT 1000 + c, 1 + c / 10, 'text', 'kanal-' || c, now() FROM generate_series(0, 999) c;
INSERT INTO channel_overwrite (channel_id, target_id, target_type, allow_bits, deny_bits) VALUES (1000, 1, 'role', 0, 1024);
INSERT INTO server_member (server_id, user_id)
SELECT s, u FROM generate_series(1, 100) s, generate_series(2, 1001) u
UNION ALL SELECT s, 1 FROM generate_series(1, 20) s;

INSERT INTO channel_message (id, server_id, channel_id, author_id, content, mention_ids, has_flags, created_at)
SELECT r.id, 1 + (r.i % 1000) / 10, 1000 + r.i % 1000, 2 + r.i % 1000, t.content,
       CASE WHEN r.i % 50 = 0 THEN ARRAY[1::bigint] ELSE '{}' END,
       CASE WHEN r.i % 20 = 0 THEN 1 WHEN r.i % 33 = 0 THEN 6 WHEN r.i % 41 = 0 THEN 2 ELSE 0 END, r.created_at
  FROM bench_row r JOIN bench_text t ON t.n = 1 + r.i % 200000;

INSERT INTO dm_participant (conversation_id, user_id)
SELECT c, 2 + c % 5000 FROM generate_series(1, 10000) c
UNION ALL SELECT c, 1 FROM generate_series(1, 200) c
UNION ALL SELECT c, 5002 + c FROM generate_series(201, 10000) c;
INSERT INTO dm_message (id, conversation_id, sender_id, content, has_flags, created_at)
SELECT r.id + 1024, 1 + r.i % 10000, 2 + (r.i % 10000) % 5000, t.content,
       CASE WHEN r.i % 20 = 0 THEN 1 ELSE 0 END, r.created_at
  FROM bench_row r JOIN bench_text t ON t.n = 1 + (r.i * 7) % 200000;

INSERT INTO post (id, author_id, content, visibility, server_id, mention_ids, has_flags, created_at)
SELECT r.id + 2048, 2 + r.i % 50000, t.content,
       CASE WHEN r.i % 20 < 16 THEN 'public' WHEN r.i % 20 < 19 THEN 'friends' ELSE 'server' END,
       CASE WHEN r.i % 20 = 19 THEN 1 + r.i % 100 END, '{}',
       CASE WHEN r.i % 20 = 0 THEN 1 ELSE 0 END, r.created_at
  FROM bench_row r JOIN bench_text t ON t.n = 1 + (r.i * 13) % 200000;

CREATE INDEX channel_message_document ON channel_message USING gin (document);
CREATE INDEX dm_message_document ON dm_message USING gin (document);
CREATE INDEX post_document ON post USING gin (document);
ANALYZE;
