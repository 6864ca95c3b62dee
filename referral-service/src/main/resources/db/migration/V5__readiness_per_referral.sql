-- Readiness belongs to a referral, completion to the person (ADR 0011). Each referral keeps the latest readiness
-- assessment made for it, and the concern raised when an assessment made for it after allocation finds the person
-- not ready. person_readiness keeps the module's completion; its assessment columns are no longer read or written
-- (kept so that a replica still running the previous release keeps working during a rolling deployment).

ALTER TABLE referral
    ADD COLUMN readiness_assessment_id         uuid,
    ADD COLUMN readiness_assessed_at           timestamptz,
    ADD COLUMN readiness_ready                 boolean,
    ADD COLUMN readiness_concern_assessment_id uuid,
    ADD COLUMN readiness_concern_assessed_at   timestamptz,
    ADD COLUMN readiness_concern_barriers      jsonb,
    ADD COLUMN readiness_concern_raised_at     timestamptz;

-- Until now the person's latest assessment stood for every submitted referral of theirs; each one keeps it as its
-- own, so that nothing already moved moves again. (Those assessments named no referral: the id is not known.)
UPDATE referral r
   SET readiness_assessed_at = p.assessed_at,
       readiness_ready = p.ready
  FROM person_readiness p
 WHERE p.crn = r.crn
   AND p.assessed_at IS NOT NULL
   AND p.ready IS NOT NULL
   AND r.status <> 'DRAFT';
