-- GET /referrals pages newest first (created_at DESC, id). An index per filter the lists use, in the order of the sort,
-- lets PostgreSQL read a page's rows and stop, however many referrals match; the old indexes on crn and on
-- (status, region) made it fetch and sort every match. Counting stops at a limit (the kit's Page.counted), read from
-- the same indexes.
DROP INDEX referral_crn;
DROP INDEX referral_status;
CREATE INDEX referral_newest_first ON referral (created_at DESC, id);
CREATE INDEX referral_by_person ON referral (crn, created_at DESC, id);
CREATE INDEX referral_by_status ON referral (status, created_at DESC, id);
CREATE INDEX referral_by_status_and_region ON referral (status, region, created_at DESC, id);
CREATE INDEX referral_by_region ON referral (region, created_at DESC, id);
CREATE INDEX referral_by_intervention ON referral (intervention_id, created_at DESC, id);
