package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security;

/** The roles HMPPS Auth grants for Structured Interventions, as they appear in a token's {@code authorities}. */
public final class Roles {

    public static final String CATALOGUE_ADMIN = "ROLE_STRUCTURED_INTERVENTIONS__CATALOGUE_ADMIN";
    public static final String PRACTITIONER = "ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER";
    public static final String TREATMENT_MANAGER = "ROLE_STRUCTURED_INTERVENTIONS__TREATMENT_MANAGER";
    public static final String READ_ONLY = "ROLE_STRUCTURED_INTERVENTIONS__READ_ONLY";
    public static final String DELIUS_SYNC = "ROLE_STRUCTURED_INTERVENTIONS__DELIUS_SYNC";
    /** A Regional Probation Director: decides the offerings of their region beyond its minimum. */
    public static final String REGIONAL_PROBATION_DIRECTOR = "ROLE_STRUCTURED_INTERVENTIONS__REGIONAL_PROBATION_DIRECTOR";

    /** A Programme Manager: appoints the facilitators and peer mentors who may deliver the pre-intervention module. */
    public static final String PROGRAMME_MANAGER = "ROLE_STRUCTURED_INTERVENTIONS__PROGRAMME_MANAGER";
    /** A facilitator: records the module's sessions they delivered, under a Programme Manager's appointment. */
    public static final String FACILITATOR = "ROLE_STRUCTURED_INTERVENTIONS__FACILITATOR";
    /** A peer mentor: records the module's sessions they delivered, under a Programme Manager's appointment. */
    public static final String PEER_MENTOR = "ROLE_STRUCTURED_INTERVENTIONS__PEER_MENTOR";
    /** A member of a region's interventions team: records the module's sessions they delivered. */
    public static final String INTERVENTIONS_TEAM = "ROLE_STRUCTURED_INTERVENTIONS__INTERVENTIONS_TEAM";

    /**
     * The service's operators: list a consumer's dead-letter topic and replay its records (servicekit/deadletter). It
     * shows no personal data (never a record's key or value) and grants nothing else.
     */
    public static final String OPERATIONS = "ROLE_STRUCTURED_INTERVENTIONS__OPERATIONS";

    /**
     * HMPPS's role for subject access requests, granted to the Subject Access Request service that collects what each
     * HMPPS service holds about a person ({@code GET /subject-access-request}). It is HMPPS-wide, not a Structured
     * Interventions role, so it has no {@code STRUCTURED_INTERVENTIONS__} prefix.
     */
    public static final String SAR_DATA_ACCESS = "ROLE_SAR_DATA_ACCESS";

    private Roles() {
    }
}
