package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/** The person's assessed risk of recidivism (reoffending). Structured Interventions are for those at low risk. */
public enum RiskOfRecidivism {
    LOW,
    MEDIUM,
    HIGH
}
