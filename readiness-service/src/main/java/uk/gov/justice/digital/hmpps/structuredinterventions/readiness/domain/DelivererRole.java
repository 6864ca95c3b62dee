package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/**
 * Who delivers a step of the module. The module is designed for the person's probation practitioner, but a region may
 * have another practitioner, a facilitator or peer mentor appointed by the Programme Manager, or a member of the
 * interventions team support it.
 */
public enum DelivererRole {
    PROBATION_PRACTITIONER(false),
    ANOTHER_PROBATION_PRACTITIONER(false),
    FACILITATOR(true),
    PEER_MENTOR(true),
    INTERVENTIONS_TEAM_MEMBER(false);

    private final boolean appointedByProgrammeManager;

    DelivererRole(boolean appointedByProgrammeManager) {
        this.appointedByProgrammeManager = appointedByProgrammeManager;
    }

    /** Facilitators and peer mentors act only once a Programme Manager has appointed them. */
    public boolean appointedByProgrammeManager() {
        return appointedByProgrammeManager;
    }
}
