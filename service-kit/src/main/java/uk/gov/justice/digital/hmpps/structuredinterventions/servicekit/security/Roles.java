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

    private Roles() {
    }
}
