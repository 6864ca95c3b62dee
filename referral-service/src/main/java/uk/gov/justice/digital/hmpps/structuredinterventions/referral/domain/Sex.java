package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/** The person's sex, as an intervention's eligibility names it. */
public enum Sex {
    MALE,
    FEMALE
}
