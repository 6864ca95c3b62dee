package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

/** In what role someone delivered a contact. */
public enum DelivererRole {
    PROBATION_PRACTITIONER,
    ANOTHER_PROBATION_PRACTITIONER,
    FACILITATOR,
    PEER_MENTOR,
    INTERVENTIONS_TEAM_MEMBER,
    OTHER
}
