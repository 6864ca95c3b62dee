-- Deselected and ended-without-completion referrals are closed, like completed and withdrawn ones (ADR 0013): they
-- no longer count as the person's active referral to the intervention, so a new referral can be made. Held statuses
-- (DEPRIORITISED, RECALLED, RETURNED_TO_COURT) and ON_PROGRAMME stay active. The status columns have no CHECK
-- constraint; the application writes only the names of ReferralStatus.
DROP INDEX referral_one_active_per_person_and_intervention;
CREATE UNIQUE INDEX referral_one_active_per_person_and_intervention ON referral (crn, intervention_id)
    WHERE status NOT IN ('DRAFT', 'COMPLETED', 'WITHDRAWN', 'DESELECTED', 'ENDED_WITHOUT_COMPLETION');
