package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/** Where a person stands with the module and readiness, derived from their record, with the next step to take. */
public enum ReadinessStatus {
    AWAITING_INTRODUCTION(NextSteps.INTRODUCE),
    AWAITING_REFERRAL(NextSteps.REFER),
    AWAITING_FOLLOW_UP(NextSteps.FOLLOW_UP),
    FOLLOWED_UP(NextSteps.COMPLETE),
    AWAITING_ASSESSMENT(NextSteps.ASSESS),
    READY(NextSteps.NONE),
    NOT_READY(NextSteps.WORK_ON_BARRIERS);

    /**
     * The next steps, one a status, as constants so that the API's schemas can list them in an
     * {@code @Schema(enumeration = ...)} for a front end to match on ({@code ReadinessStatusTest} checks every status's
     * step is listed).
     */
    public static final class NextSteps {
        public static final String INTRODUCE = "Introduce the pre-intervention module.";
        public static final String REFER = "Refer the person to a Structured Intervention; the follow-up comes after "
                + "the referral.";
        public static final String FOLLOW_UP = "Hold the follow-up session on the person's reflections.";
        public static final String COMPLETE = "Record completion once attended follow-ups have covered all four "
                + "exercises.";
        public static final String ASSESS = "Assess whether the person is ready to take part in the referrals not yet "
                + "assessed.";
        public static final String NONE = "None: the person is ready to take part.";
        public static final String WORK_ON_BARRIERS = "Work on the barriers with the person and the Treatment "
                + "Manager, then assess again.";

        private NextSteps() {
        }
    }

    private final String nextStep;

    ReadinessStatus(String nextStep) {
        this.nextStep = nextStep;
    }

    public String nextStep() {
        return nextStep;
    }
}
