package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

/**
 * The kinds of contact recorded against a person, whether each is a Rehabilitative Activity Requirement activity, and
 * who records it: the pre-intervention module's contacts are made from readiness-service's events alone, so that the
 * contact log and the readiness record cannot disagree; only other rehabilitative activity is recorded by hand.
 */
public enum ContactType {
    PIM_INTRODUCTION("Pre-intervention module: introduction", false, false,
            "POST /people/{crn}/readiness/introduction"),
    PIM_FOLLOW_UP("Pre-intervention module: follow-up (pre-work contact)", true, false,
            "POST /people/{crn}/readiness/follow-ups"),
    PIM_COMPLETION("Pre-intervention module: completion", true, true,
            "POST /people/{crn}/readiness/completion"),
    OTHER_REHABILITATIVE_ACTIVITY("Other rehabilitative activity", true, false, null);

    private final String description;
    private final boolean rarActivity;
    private final boolean oncePerPerson;
    private final String readinessEndpoint;

    ContactType(String description, boolean rarActivity, boolean oncePerPerson, String readinessEndpoint) {
        this.description = description;
        this.rarActivity = rarActivity;
        this.oncePerPerson = oncePerPerson;
        this.readinessEndpoint = readinessEndpoint;
    }

    public String description() {
        return description;
    }

    /** Whether a contact of this type can count towards a RAR day. */
    public boolean rarActivity() {
        return rarActivity;
    }

    /**
     * Whether only one contact of this type counts per person: the module is completed once, however often it is
     * revisited, so its completion is a single RAR day.
     */
    public boolean oncePerPerson() {
        return oncePerPerson;
    }

    /** Whether a practitioner may record a contact of this type with {@code POST /contacts}. */
    public boolean recordedByHand() {
        return readinessEndpoint == null;
    }

    /**
     * Where a contact of this type is recorded: {@code POST /contacts} for a type recorded by hand, or else
     * readiness-service's endpoint for the module's step, from whose event the contact is made.
     */
    public String recordedThrough() {
        return recordedByHand() ? "POST /contacts" : "readiness-service: " + readinessEndpoint;
    }

    /** {@link #recordedThrough()} for one person, with their CRN in readiness-service's path. */
    public String recordedThrough(String crn) {
        return recordedThrough().replace("{crn}", crn);
    }
}
