package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/** Where a referral stands. The pre-intervention module is a prerequisite, so a submitted referral awaits readiness. */
public enum ReferralStatus {
    DRAFT(true),
    AWAITING_READINESS(true),
    SUITABLE_BUT_NOT_READY(true),
    READY_TO_ALLOCATE(true),
    ALLOCATED(true),
    IN_PROGRESS(true),
    COMPLETED(false),
    WITHDRAWN(false);

    private final boolean open;

    ReferralStatus(boolean open) {
        this.open = open;
    }

    /** Open referrals can still move; completed and withdrawn ones cannot. */
    public boolean isOpen() {
        return open;
    }
}
