-- A follow-up booked ahead in readiness-service is a contact with no outcome yet; a cancelled booking marks its contact
-- cancelled rather than deleting it, so the nDelius adapter that mirrored it hears that it will not take place. A
-- cancelled contact never has an outcome.
ALTER TABLE contact ADD COLUMN cancelled_at timestamptz;
ALTER TABLE contact ADD CONSTRAINT contact_cancelled_has_no_outcome CHECK (cancelled_at IS NULL OR outcome IS NULL);
