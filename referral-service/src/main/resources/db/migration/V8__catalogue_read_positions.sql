-- How far the catalogue read model has read catalogue.events, per partition: the offset of the next event to read,
-- written in the transaction that applies each event. A partition with no row is read from the beginning of the
-- compacted topic, whatever the consumer group has committed, so several replicas starting at once on an empty (or
-- cleared) read model rebuild all of it, however its partitions are handed between them (messaging/CatalogueRebuild).
CREATE TABLE catalogue_read_position (
    topic_partition integer PRIMARY KEY,
    next_offset     bigint  NOT NULL CHECK (next_offset >= 0)
);
