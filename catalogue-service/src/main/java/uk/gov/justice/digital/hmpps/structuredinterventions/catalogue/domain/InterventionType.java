package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

/** What kind of intervention a catalogue entry is. */
public enum InterventionType {
    /**
     * A Structured Intervention: a set format of at least four sessions, delivered to a group or one to one, approved
     * by the HMPPS Effective Interventions Panel; what practitioners refer people to and regions offer.
     */
    STRUCTURED_INTERVENTION,
    /**
     * An Accredited Programme, recorded as the alternative a Structured Intervention points to (for example Building
     * Better Relationships beside Positive Pathways Plus). It is not approved by the panel and not offered through
     * this catalogue.
     */
    ACCREDITED_PROGRAMME
}
