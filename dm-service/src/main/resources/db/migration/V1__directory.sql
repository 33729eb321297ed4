-- Local projections of auth-service's events (DESIGN §2): who exists, their read-receipt
-- setting, and who blocks whom. Timestamps of the source events let late, stale events lose.
CREATE TABLE known_user (
    id                    bigint PRIMARY KEY,
    read_receipts_enabled boolean     NOT NULL DEFAULT true,
    profile_updated_at    timestamptz
);

-- one row per (blocker, blocked) ever seen; active = false keeps the time of the unblock so
-- that a reordered, older "block" event cannot resurrect it
CREATE TABLE user_block (
    blocker_id bigint      NOT NULL,
    blocked_id bigint      NOT NULL,
    active     boolean     NOT NULL,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
