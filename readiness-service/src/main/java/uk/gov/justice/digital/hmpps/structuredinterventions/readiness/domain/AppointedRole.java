package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/** The roles a Programme Manager appoints people to, to deliver the module's sessions. */
public enum AppointedRole {
    FACILITATOR(DelivererRole.FACILITATOR),
    PEER_MENTOR(DelivererRole.PEER_MENTOR);

    private final DelivererRole delivers;

    AppointedRole(DelivererRole delivers) {
        this.delivers = delivers;
    }

    /** The role a session records for someone delivering it under this appointment. */
    public DelivererRole delivers() {
        return delivers;
    }

    /** A lower-case name for messages: "facilitator", "peer mentor". */
    public String described() {
        return name().toLowerCase().replace('_', ' ');
    }
}
