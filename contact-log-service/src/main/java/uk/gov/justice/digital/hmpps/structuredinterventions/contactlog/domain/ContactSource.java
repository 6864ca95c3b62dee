package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

/** Where a contact came from. */
public enum ContactSource {
    /** A practitioner recorded it here. */
    PRACTITIONER,
    /** It was made from a step readiness-service published: the introduction, a follow-up or the completion. */
    READINESS_SERVICE
}
