package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/** A cohort some interventions are limited to, by the offence that brought the person onto probation. */
public enum OffenceCohort {
    DANGEROUS_DRIVING,
    DRINK_DRIVING
}
