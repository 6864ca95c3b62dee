package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/** The four exercises of the pre-intervention module, in order. */
public enum ExerciseCode {
    /** What interventions are. */
    INTRODUCTORY_VIDEO,
    /** A group member's account of overcoming challenges to take part. */
    GETTING_READY,
    /** Taking part remotely. */
    WORKING_WITH_PROBATION_FROM_HOME,
    /** What staff and participants must keep to. */
    CONDITIONS_OF_SUCCESS
}
