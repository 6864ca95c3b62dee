package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

/**
 * A cohort some interventions are limited to, by the offence that brought the person onto probation. The seed names
 * people convicted of dangerous driving or drink driving as cohorts some ATB interventions serve.
 */
public enum OffenceCohort {
    DANGEROUS_DRIVING,
    DRINK_DRIVING
}
