package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/** What moves a referral from one status to another. */
public enum TransitionTrigger {
    /** {@code POST /referrals/{id}/submit} by a practitioner. */
    SUBMISSION,
    /** {@code POST /referrals/{id}/transitions} by a person holding one of the transition's roles. */
    MANUAL,
    /** An event from the readiness service: module completed and assessed ready, or assessed not ready (again). */
    READINESS_EVENT,
    /**
     * {@code POST /referrals/{id}/hand-over}: a draft was handed to another practitioner. Only in the status log: the
     * status stays, and the table of moves has no row for it.
     */
    HAND_OVER
}
