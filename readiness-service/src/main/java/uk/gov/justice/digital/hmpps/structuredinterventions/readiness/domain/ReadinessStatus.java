package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/** Where a person stands with the module and readiness, derived from their record, with the next step to take. */
public enum ReadinessStatus {
    AWAITING_INTRODUCTION("Introduce the pre-intervention module."),
    AWAITING_REFERRAL("Refer the person to a Structured Intervention; the follow-up comes after the referral."),
    AWAITING_FOLLOW_UP("Hold the follow-up session on the person's reflections."),
    FOLLOWED_UP("Record completion once attended follow-ups have covered all four exercises."),
    AWAITING_ASSESSMENT("Assess whether the person is ready to take part in the referrals not yet assessed."),
    READY("None: the person is ready to take part."),
    NOT_READY("Work on the barriers with the person and the Treatment Manager, then assess again.");

    private final String nextStep;

    ReadinessStatus(String nextStep) {
        this.nextStep = nextStep;
    }

    public String nextStep() {
        return nextStep;
    }
}
