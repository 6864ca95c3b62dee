-- The service kit's tables, present in every service database. Services number their own migrations from V2.

-- Events waiting to be published, written in the same transaction as the change they report.
CREATE TABLE outbox_event (
    id           uuid PRIMARY KEY,
    seq          bigserial NOT NULL UNIQUE,
    topic        text NOT NULL,
    event_key    text NOT NULL,
    event_type   text NOT NULL,
    source       text NOT NULL,
    subject      text,
    occurred_at  timestamptz NOT NULL,
    payload      jsonb NOT NULL,
    published_at timestamptz
);

-- The relay reads the unpublished rows in order; the pruner deletes old published ones.
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Events each consumer has handled: the row commits with the effect, so a redelivery is a no-op.
CREATE TABLE inbox_event (
    consumer    text NOT NULL,
    event_id    text NOT NULL,
    event_type  text NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
