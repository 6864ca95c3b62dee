package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Eventually;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** The referrals a practitioner makes, and the calls tests make on referral-service with them. */
public final class ReferralFixtures {

    private ReferralFixtures() {
    }

    /** An eligible referral: a 40-year-old man at low risk, to a group, in person, in London. */
    public static Map<String, Object> details(String crn, UUID interventionId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("crn", crn);
        details.put("interventionId", interventionId.toString());
        details.put("region", "london");
        details.put("deliveryFormat", "GROUP");
        details.put("deliveryMode", "IN_PERSON");
        details.put("dateOfBirth", "1986-03-02");
        details.put("sex", "MALE");
        details.put("offenceCohorts", List.of());
        details.put("riskOfRecidivism", "LOW");
        details.put("unsuitableForAccreditedProgramme", false);
        details.put("reasonForReferral", "Offending linked to impulsive decisions.");
        return details;
    }

    public static String draft(Map<String, Object> details) {
        return as(Roles.PRACTITIONER).body(details).post("/referrals").then().statusCode(201).extract().path("id");
    }

    public static String submitted(Map<String, Object> details) {
        String id = draft(details);
        as(Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(200);
        return id;
    }

    public static String status(String id) {
        return as(Roles.READ_ONLY).get("/referrals/" + id).then().statusCode(200).extract().path("status");
    }

    /** Waits until the referral has the status. */
    public static void awaitStatus(String id, String status) {
        Eventually.until("referral " + id + " is " + status, () -> status.equals(status(id)));
    }

    /** Waits until the referral service's copy of the catalogue holds the intervention at the version. */
    public static void awaitCatalogue(UUID interventionId, long version) {
        Eventually.until("the copy of the catalogue holds intervention " + interventionId + " at version " + version, () -> {
            String held = TestDatabase.queryForText(
                    "SELECT catalogue_version FROM catalogue_intervention WHERE id = ?", interventionId);
            return held != null && Long.parseLong(held) >= version;
        });
    }
}
