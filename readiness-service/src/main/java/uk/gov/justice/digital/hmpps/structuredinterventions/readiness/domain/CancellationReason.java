package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/** Why a booked follow-up was called off before it took place. */
public enum CancellationReason {
    /** It is to be booked again at another time. */
    RESCHEDULED,
    /** The person let it be known beforehand that they cannot come. */
    PERSON_UNAVAILABLE,
    /** Whoever was to deliver it cannot. */
    DELIVERER_UNAVAILABLE,
    /** There is no follow-up to hold, for example the referral was withdrawn. */
    NO_LONGER_NEEDED,
    /** It should never have been booked. */
    BOOKED_IN_ERROR
}
