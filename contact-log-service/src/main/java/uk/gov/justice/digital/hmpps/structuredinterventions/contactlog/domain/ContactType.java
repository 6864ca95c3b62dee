package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

/** The kinds of contact recorded against a person, and whether each is a Rehabilitative Activity Requirement activity. */
public enum ContactType {
    PIM_INTRODUCTION("Pre-intervention module: introduction", false, false),
    PIM_FOLLOW_UP("Pre-intervention module: follow-up (pre-work contact)", true, false),
    PIM_COMPLETION("Pre-intervention module: completion", true, true),
    OTHER_REHABILITATIVE_ACTIVITY("Other rehabilitative activity", true, false);

    private final String description;
    private final boolean rarActivity;
    private final boolean oncePerPerson;

    ContactType(String description, boolean rarActivity, boolean oncePerPerson) {
        this.description = description;
        this.rarActivity = rarActivity;
        this.oncePerPerson = oncePerPerson;
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
}
