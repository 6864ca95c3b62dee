package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

/** How a contact went, in the outcomes nDelius records. */
public enum ContactOutcome {
    ATTENDED_COMPLIED(false),
    ATTENDED_FAILED_TO_COMPLY(false),
    FAILED_TO_ATTEND(true),
    ACCEPTABLE_ABSENCE(true),
    RESCHEDULED(true);

    private final boolean missed;

    ContactOutcome(boolean missed) {
        this.missed = missed;
    }

    /** The person was not there, for whatever reason: a missed contact never counts towards a RAR day. */
    public boolean missed() {
        return missed;
    }
}
