package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

/** Who is in the room: a group, or one participant with one facilitator. */
public enum DeliveryFormat {
    GROUP,
    ONE_TO_ONE
}
