package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/** A group, or one participant with one facilitator. */
public enum DeliveryFormat {
    GROUP,
    ONE_TO_ONE
}
