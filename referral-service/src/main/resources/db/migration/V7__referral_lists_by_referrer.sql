-- A practitioner's lists: their referrals (GET /referrals?referrer=me) and their referrals in one status, drafts
-- included (referrer=me&status=DRAFT). The referrer is the draft's author, or whoever it was handed over to. As in V4,
-- each index is in the order of the page (created_at DESC, id), so a page reads its own index entries and stops; read
-- backwards, the same index gives the oldest first (sort=OLDEST: created_at ASC, id DESC), as V4's
-- referral_by_status_and_region does for a Treatment Manager's region=&status=READY_TO_ALLOCATE&sort=OLDEST.
CREATE INDEX referral_by_referrer ON referral (referred_by, created_at DESC, id);
CREATE INDEX referral_by_referrer_and_status ON referral (referred_by, status, created_at DESC, id);
