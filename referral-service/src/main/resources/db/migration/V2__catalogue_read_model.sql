-- This service's copy of the catalogue, built only from catalogue.events. V1 is the service kit's outbox and inbox.
CREATE TABLE catalogue_need_area (
    code              text PRIMARY KEY,
    name              text,
    focus_areas       jsonb,
    catalogue_version bigint NOT NULL,
    updated_at        timestamptz
);
