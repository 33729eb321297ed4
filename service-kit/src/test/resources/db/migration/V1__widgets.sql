CREATE TABLE widget (
    id       BIGINT PRIMARY KEY,
    owner_id BIGINT NOT NULL,
    name     TEXT   NOT NULL UNIQUE
);

-- per-subject counter: the row lock serializes committers of one subject (like an aggregate)
CREATE TABLE widget_counter (
    subject TEXT PRIMARY KEY,
    n       BIGINT NOT NULL
);

-- what the idempotent consumers applied, in arrival order
CREATE TABLE widget_seen (
    arrival  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consumer TEXT   NOT NULL,
    event_id TEXT   NOT NULL,
    subject  TEXT   NOT NULL,
    seq      BIGINT,
    seen_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
