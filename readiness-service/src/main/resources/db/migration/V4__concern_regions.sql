-- A concern affects the probation regions of the referrals its assessment was made for, and each region's Treatment
-- Manager lists their region's concerns, the longest waiting first.

-- The region referral-service reports with every referral event. Rows linked before this have none until the
-- referral's next event names it.
ALTER TABLE linked_referral ADD COLUMN region text;

-- One row per region a concern affects. raised_at and acknowledged copy the concern's, so that one index serves a
-- region's list in its order: a page reads its own rows however many other regions hold.
CREATE TABLE concern_region (
    id           uuid PRIMARY KEY,
    concern_id   uuid NOT NULL REFERENCES concern (id) ON DELETE CASCADE,
    region       text NOT NULL,
    raised_at    timestamptz NOT NULL,
    acknowledged boolean NOT NULL DEFAULT false,
    UNIQUE (concern_id, region)
);
-- GET /concerns?region=&acknowledged=false, the Treatment Manager's list of what to act on.
CREATE INDEX concern_region_open ON concern_region (region, raised_at, concern_id) WHERE NOT acknowledged;
-- GET /concerns?region= with acknowledged=true or left out.
CREATE INDEX concern_region_by_region ON concern_region (region, raised_at, concern_id);

-- Existing concerns take the regions of the referrals their assessment was made for. This database has known no
-- referral's region until now (the column above is new), so nothing can be copied here: instead, when a referral's
-- next event names its region, the concerns raised by assessments made for it gain that region
-- (ReadinessRecord.referralReported). A concern whose referrals send no further event keeps no region, and is listed
-- only without the region filter.
