package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

/** How a contact went, in the outcomes nDelius records: whether the person attended, and whether they complied. */
public enum ContactOutcome {
    ATTENDED_COMPLIED(true, true),
    ATTENDED_FAILED_TO_COMPLY(true, false),
    FAILED_TO_ATTEND(false, null),
    ACCEPTABLE_ABSENCE(false, null),
    RESCHEDULED(false, null);

    private final boolean attended;
    private final Boolean complied;

    ContactOutcome(boolean attended, Boolean complied) {
        this.attended = attended;
        this.complied = complied;
    }

    /** The person was not there, for whatever reason: a missed contact never counts towards a RAR day. */
    public boolean missed() {
        return !attended;
    }

    /**
     * The person attended but did not comply. nDelius counts a RAR day only from a contact the person attended and
     * complied with, or where compliance is not recorded, so such a contact counts no day.
     */
    public boolean failedToComply() {
        return attended && Boolean.FALSE.equals(complied);
    }
}
