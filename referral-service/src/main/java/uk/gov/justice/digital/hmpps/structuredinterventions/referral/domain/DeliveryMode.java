package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/** Where the sessions happen. */
public enum DeliveryMode {
    IN_PERSON,
    ONLINE
}
