-- Additions to the kit's tables (V1) made after V1 was released. A repeatable migration: Flyway runs it after the
-- versioned migrations on a new database, and again whenever this file changes, so every statement here must be safe
-- to run again (IF NOT EXISTS) and must never depend on a service's own migrations. See docs/adr/0015.

-- The W3C trace context (traceparent, tracestate) of the transaction that wrote the event, so the relay's send and
-- the consumers' handling continue the trace of the request that caused it. Null when nothing was traced.
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS traceparent text;
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS tracestate text;

-- The traceparent the handled event arrived with.
ALTER TABLE inbox_event ADD COLUMN IF NOT EXISTS traceparent text;
