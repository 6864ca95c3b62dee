package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/** Why a referral was withdrawn. */
public enum WithdrawalReason {
    /** The person no longer needs it, for example after the sentence plan was reassessed. */
    NO_LONGER_NEEDED,
    /** Found not suitable for the intervention after all. */
    NOT_SUITABLE,
    /** The person declined to take part. */
    PERSON_DECLINED,
    /** The sentence or order ended, or the person was recalled or breached. */
    SENTENCE_ENDED,
    /** The intervention is no longer offered where the person is. */
    INTERVENTION_UNAVAILABLE,
    /** Referred in error (wrong person, wrong intervention). */
    REFERRED_IN_ERROR,
    /** Something else; the reason text explains. */
    OTHER
}
