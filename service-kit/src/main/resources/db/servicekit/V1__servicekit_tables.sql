-- service-kit's own tables, in the service's schema, with their own history table
-- (servicekit_schema_history). Services never write to these directly.

-- Transactional outbox: rows are inserted in the business transaction and deleted once
-- Kafka acknowledged them. id is a sequence (not the snowflake event id) so that the relay's
-- ORDER BY id follows commit order of transactions that lock the same aggregate.
CREATE TABLE outbox_event (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic      TEXT        NOT NULL,
    msg_key    TEXT        NOT NULL,
    payload    TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
-- high churn (insert, then delete within milliseconds): vacuum early
ALTER TABLE outbox_event SET (autovacuum_vacuum_scale_factor = 0.0, autovacuum_vacuum_threshold = 1000);

-- Idempotent consumer: one row per (consumer, event) applied, written with the effect.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX processed_event_processed_at_idx ON processed_event (processed_at);

-- Idempotency-Key: the first 2xx response per (user, key), stored with the effect.
CREATE TABLE idempotency_key (
    user_id      BIGINT      NOT NULL,
    idem_key     TEXT        NOT NULL,
    fingerprint  TEXT        NOT NULL,
    status       INT,
    content_type TEXT,
    location     TEXT,
    body         BYTEA,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at);
