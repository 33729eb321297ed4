-- The W3C traceparent of the span that published the event (the request's, with the OpenTelemetry agent), so the
-- relay's Kafka send continues that trace. NULL without the agent. Expand-only: an older relay ignores it.
ALTER TABLE outbox_event ADD COLUMN trace_parent TEXT;
