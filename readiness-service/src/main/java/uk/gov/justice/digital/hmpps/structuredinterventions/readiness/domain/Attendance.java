package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/** How a session went for the person, in the outcomes nDelius records for a contact. */
public enum Attendance {
    ATTENDED_COMPLIED(true),
    ATTENDED_FAILED_TO_COMPLY(true),
    FAILED_TO_ATTEND(false),
    ACCEPTABLE_ABSENCE(false),
    RESCHEDULED(false);

    private final boolean attended;

    Attendance(boolean attended) {
        this.attended = attended;
    }

    /** The person was there; only an attended follow-up is a pre-work contact. */
    public boolean attended() {
        return attended;
    }
}
