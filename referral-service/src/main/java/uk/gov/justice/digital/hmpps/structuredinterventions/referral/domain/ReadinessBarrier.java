package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/** What the readiness assessment found could stop the person taking part. */
public enum ReadinessBarrier {
    ABILITY_TO_ATTEND,
    SUBSTANCE_MISUSE,
    WORK_PATTERN,
    MOTIVATION,
    TECHNOLOGY_ACCESS,
    OTHER
}
