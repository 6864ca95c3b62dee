-- Readiness belongs to a referral (ADR 0011): each assessment records the referrals it was made for, the open linked
-- referrals when it was made. Assessments made before this take the referrals linked at their time and not yet
-- unlinked then (what was completed by then is not known, so those count too).

ALTER TABLE assessment ADD COLUMN referral_ids jsonb NOT NULL DEFAULT '[]';

UPDATE assessment a
   SET referral_ids = coalesce((
        SELECT jsonb_agg(l.referral_id ORDER BY l.linked_at)
          FROM linked_referral l
         WHERE l.crn = a.crn
           AND l.linked_at <= a.assessed_at
           AND (l.unlinked_at IS NULL OR l.unlinked_at > a.assessed_at)), '[]');
