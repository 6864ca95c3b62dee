package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

/** The three need areas every region must cover with at least one Structured Intervention. */
public enum NeedAreaCode {
    /** Attitudes, Thinking and Behaviour. */
    ATB,
    /** Domestic Abuse. */
    DA,
    /** Emotional Management. */
    EM
}
