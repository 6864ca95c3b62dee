package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/**
 * The length of a follow-up. An extended one gives the person time to take in the module within the session: it is
 * required when they have not reviewed it beforehand, or have no suitable device to do so.
 */
public enum SessionLength {
    STANDARD,
    EXTENDED
}
