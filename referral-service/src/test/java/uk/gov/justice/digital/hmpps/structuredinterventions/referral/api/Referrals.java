package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Calls tests make on referral-service. */
public final class Referrals {

    private Referrals() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(LocalTokens.token("A_PRACTITIONER", List.of(role))).contentType(ContentType.JSON);
    }

    public static RequestSpecification practitioner() {
        return as(Roles.PRACTITIONER);
    }

    public static RequestSpecification treatmentManager() {
        return given().auth().oauth2(LocalTokens.token("A_TREATMENT_MANAGER", List.of(Roles.TREATMENT_MANAGER)))
                .contentType(ContentType.JSON);
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
        return practitioner().body(details).post("/referrals").then().statusCode(201).extract().path("id");
    }

    public static String submitted(Map<String, Object> details) {
        String id = draft(details);
        practitioner().post("/referrals/" + id + "/submit").then().statusCode(200);
        return id;
    }

    public static String status(String id) {
        return as(Roles.READ_ONLY).get("/referrals/" + id).then().statusCode(200).extract().path("status");
    }

    public static void await(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until the referral service's copy of the catalogue holds the intervention at the version. */
    public static void awaitCatalogue(UUID interventionId, long version) {
        await(() -> {
            String held = TestDatabase.queryForText(
                    "SELECT catalogue_version FROM catalogue_intervention WHERE id = ?", interventionId);
            return held != null && Long.parseLong(held) >= version;
        });
    }
}
