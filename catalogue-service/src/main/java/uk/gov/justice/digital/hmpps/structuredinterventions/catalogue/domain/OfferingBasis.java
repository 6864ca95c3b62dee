package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

/** Why a region offers an intervention. */
public enum OfferingBasis {
    /** Part of the minimum: every region delivers at least one Structured Intervention in each need area. */
    CORE,
    /** Beyond the minimum, at the Regional Probation Director's discretion; who decided, and when, is recorded. */
    ADDITIONAL
}
