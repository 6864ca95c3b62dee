package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

/** The sexes an intervention is designed for (Positive Pathways Plus is for men only). */
public enum Sex {
    MALE,
    FEMALE
}
