-- Optimistic locking (@Version) for the aggregates people edit concurrently: a server's
-- settings, a channel (with its overwrites), a role. An edit that lost a race is retried
-- from fresh state, never written over the winner. member_count is not covered: joins and
-- leaves change it with one atomic UPDATE that leaves the version alone.
ALTER TABLE servers ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE channels ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE roles ADD COLUMN version INT NOT NULL DEFAULT 0;
