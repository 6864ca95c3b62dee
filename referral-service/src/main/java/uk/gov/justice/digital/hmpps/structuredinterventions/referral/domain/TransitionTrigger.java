package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/** What moves a referral from one status to another. */
public enum TransitionTrigger {
    /** {@code POST /referrals/{id}/submit} by a practitioner. */
    SUBMISSION,
    /** {@code POST /referrals/{id}/transitions} by a person holding one of the transition's roles. */
    MANUAL,
    /** An event from the readiness service: module completed and assessed ready, or assessed not ready (again). */
    READINESS_EVENT
}
