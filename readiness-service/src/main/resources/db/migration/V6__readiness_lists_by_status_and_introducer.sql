-- Lists of readiness records by status and by who introduced the module (GET /people?readinessStatus=&introducedBy=),
-- such as a practitioner's "the people I introduced the module to who wait for a follow-up". The status is derived
-- from the record (ReadinessRecord.status()); the record now keeps it, when it took it and who recorded the
-- introduction on its own row, set again at every change, so that a list filters and sorts along an index.
-- The defaults keep rows inserted by a replica still running the previous release valid during a rolling deployment;
-- such a replica does not keep the columns current, so the first change after it is gone sets them again.
ALTER TABLE readiness_record
    ADD COLUMN status        text        NOT NULL DEFAULT 'AWAITING_INTRODUCTION',
    ADD COLUMN status_since  timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN introduced_by text;

UPDATE readiness_record r
   SET introduced_by = i.recorded_by
  FROM introduction i
 WHERE i.id = r.introduction_id;

-- The status of the records already held, derived as ReadinessRecord.status() derives it: the latest assessment not
-- ready; completed and the latest assessment made for every open linked referral (linked, and neither completed,
-- deselected nor ended without completion), or awaiting one; not introduced; introduced but no referral linked;
-- followed up (an attended follow-up) or awaiting the follow-up. When each took it is not known: the last change
-- stands for it.
WITH latest AS (
    SELECT DISTINCT ON (crn) crn, ready, referral_ids
      FROM assessment
     ORDER BY crn, assessed_at DESC
)
UPDATE readiness_record r
   SET status = CASE
           WHEN l.ready = false THEN 'NOT_READY'
           WHEN r.completed_on IS NOT NULL THEN CASE
               WHEN l.crn IS NOT NULL AND NOT EXISTS (
                   SELECT 1 FROM linked_referral lr
                    WHERE lr.crn = r.crn AND lr.unlinked_at IS NULL
                      AND lr.status NOT IN ('COMPLETED', 'DESELECTED', 'ENDED_WITHOUT_COMPLETION')
                      AND NOT l.referral_ids @> jsonb_build_array(lr.referral_id::text))
               THEN 'READY' ELSE 'AWAITING_ASSESSMENT' END
           WHEN r.introduction_id IS NULL THEN 'AWAITING_INTRODUCTION'
           WHEN NOT EXISTS (SELECT 1 FROM linked_referral lr WHERE lr.crn = r.crn AND lr.unlinked_at IS NULL)
               THEN 'AWAITING_REFERRAL'
           WHEN EXISTS (SELECT 1 FROM follow_up f
                         WHERE f.crn = r.crn AND f.attendance IN ('ATTENDED_COMPLIED', 'ATTENDED_FAILED_TO_COMPLY'))
               THEN 'FOLLOWED_UP'
           ELSE 'AWAITING_FOLLOW_UP' END,
       status_since = r.updated_at
  FROM readiness_record r2
  LEFT JOIN latest l ON l.crn = r2.crn
 WHERE r2.crn = r.crn;

-- Each filter, and the pair, in the order of the page (status_since, crn): read forwards for the longest waiting
-- first (the default), backwards for the newest.
CREATE INDEX readiness_record_by_status ON readiness_record (status, status_since, crn);
CREATE INDEX readiness_record_by_introducer_and_status ON readiness_record (introduced_by, status, status_since, crn);
CREATE INDEX readiness_record_by_introducer ON readiness_record (introduced_by, status_since, crn);
CREATE INDEX readiness_record_by_status_since ON readiness_record (status_since, crn);
