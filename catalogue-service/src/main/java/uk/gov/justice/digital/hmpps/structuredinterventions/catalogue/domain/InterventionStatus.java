package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

/** The lifecycle of a catalogue entry: {@code DRAFT → PUBLISHED → WITHDRAWN}, never back. */
public enum InterventionStatus {
    /** Being written; only a draft may be changed. */
    DRAFT,
    /** Available: regions may offer it and practitioners may refer to it. */
    PUBLISHED,
    /** No longer available; kept with the reason it was withdrawn. */
    WITHDRAWN
}
