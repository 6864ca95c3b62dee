package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/** What could stop the person taking part, as the readiness assessment names it. */
public enum ReadinessBarrier {
    ABILITY_TO_ATTEND,
    SUBSTANCE_MISUSE,
    WORK_PATTERN,
    MOTIVATION,
    TECHNOLOGY_ACCESS,
    OTHER
}
