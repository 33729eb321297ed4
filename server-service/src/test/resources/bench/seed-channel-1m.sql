-- Benchmark data: one server (id 132267376640000001, owner user 900000) with 100 members
-- (users 900000..900099) and one text channel (id 132267376640000002) holding 1,000,000
-- messages, one per millisecond from 2026-01-01T00:00Z on. Message ids are snowflakes
-- (milliseconds since 2025-01-01 << 22), so they sort like real ones and stay below ids
-- the running service generates. Runs again cleanly (the old seed is deleted first).
--
-- message i (0..999999) has id (31536000000 + i) << 22; the "deep" cursor used by the
-- benchmark is i = 100000, i.e. 900,000 messages back from the newest.
--
-- So that the table is not one channel only (where any index on id would do), 50 other
-- channels of the same server get 500,000 messages interleaved in the same id range.

DELETE FROM servers WHERE id = 132267376640000001;

INSERT INTO servers (id, owner_id, name, description, member_count, created_at, updated_at)
VALUES (132267376640000001, 900000, 'Benchmark', '1M messages', 100, '2025-12-31T00:00:00Z', '2025-12-31T00:00:00Z');

INSERT INTO roles (id, server_id, name, permissions, position, created_at)
VALUES (132267376640000001, 132267376640000001, '@everyone', 67226689, 0, '2025-12-31T00:00:00Z');

INSERT INTO channels (id, server_id, type, name, position, created_at)
VALUES (132267376640000002, 132267376640000001, 'TEXT', 'general', 0, '2025-12-31T00:00:00Z');

INSERT INTO channels (id, server_id, type, name, position, created_at)
SELECT 132267376640000100 + k, 132267376640000001, 'TEXT', 'other-' || k, 1 + k, '2025-12-31T00:00:00Z'
  FROM generate_series(0, 49) AS k;

INSERT INTO members (server_id, user_id, joined_at)
SELECT 132267376640000001, 900000 + u, '2025-12-31T00:00:00Z' FROM generate_series(0, 99) AS u;

INSERT INTO messages (id, channel_id, server_id, author_id, content, created_at)
SELECT (31536000000 + i) << 22,
       132267376640000002,
       132267376640000001,
       900000 + (i % 100),
       'benchmark message number ' || i || ' with a little more text so rows have a realistic width',
       TIMESTAMPTZ '2026-01-01T00:00:00Z' + i * INTERVAL '1 millisecond'
  FROM generate_series(0, 999999) AS i;

INSERT INTO messages (id, channel_id, server_id, author_id, content, created_at)
SELECT ((31536000000 + 2 * j) << 22) + 1,
       132267376640000100 + (j % 50),
       132267376640000001,
       900000 + (j % 100),
       'chatter in another channel, message ' || j,
       TIMESTAMPTZ '2026-01-01T00:00:00Z' + 2 * j * INTERVAL '1 millisecond'
  FROM generate_series(0, 499999) AS j;

ANALYZE servers;
ANALYZE members;
ANALYZE roles;
ANALYZE channels;
ANALYZE messages;
