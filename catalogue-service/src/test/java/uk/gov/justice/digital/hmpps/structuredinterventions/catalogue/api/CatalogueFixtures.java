package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** The seeded catalogue, the interventions tests add to it, and the calls tests make to build on it. */
public final class CatalogueFixtures {

    public static final String POSITIVE_PATHWAYS = "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11";
    public static final String POSITIVE_PATHWAYS_PLUS = "2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22";
    public static final String MANAGING_MY_EMOTIONS = "3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33";
    public static final String BUILDING_BETTER_RELATIONSHIPS = "4e9c7f4b-1a5d-4f8a-8e6b-8d3c9b5a2d44";

    /** The user every catalogue test acts as. */
    public static final String USER = "CATALOGUE_USER";

    public static final List<String> REGIONS = List.of("north-east", "north-west", "yorkshire-and-the-humber",
            "greater-manchester", "east-midlands", "west-midlands", "east-of-england", "wales", "london",
            "kent-surrey-and-sussex", "south-central", "south-west");

    public static final List<String> PRINCIPLES = List.of("MODEL_OF_CHANGE", "SELECTION_OF_PARTICIPANTS",
            "DYNAMIC_RISK_FACTORS", "EFFECTIVE_METHODS", "SKILLS_ORIENTATED", "SEQUENCING_INTENSITY_AND_DURATION",
            "ENGAGEMENT_AND_MOTIVATION");

    private CatalogueFixtures() {
    }

    /** A request by the one user catalogue tests act as, whatever the role, so they can say who changed what. */
    public static RequestSpecification as(String role) {
        return RoleTokens.asUser(USER, role);
    }

    public static RequestSpecification admin() {
        return as(Roles.CATALOGUE_ADMIN);
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A Structured Intervention of 1 + 6 sessions, in groups or one to one, in person or online, for adults. */
    public static Map<String, Object> definition(String name, String needArea) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("type", "STRUCTURED_INTERVENTION");
        definition.put("name", name);
        definition.put("needArea", needArea);
        definition.put("summary", "A short programme written for a test.");
        definition.put("description", "Written for a test of the catalogue.");
        definition.put("focusAreas", List.of("making decisions", "solving problems"));
        definition.put("approach", "Strengths-based.");
        definition.put("sessionPlan", sessions(1, 6));
        definition.put("deliveryFormats", List.of("GROUP", "ONE_TO_ONE"));
        definition.put("deliveryModes", List.of("IN_PERSON", "ONLINE"));
        definition.put("eligibility", new HashMap<>(Map.of("minimumAge", 18, "sexes", List.of("MALE", "FEMALE"),
                "offenceCohorts", List.of())));
        definition.put("suitabilityGuidance", "For people who present a low risk of reoffending.");
        definition.put("exclusions", List.of("A need that calls for an Accredited Programme"));
        return definition;
    }

    public static Map<String, Object> sessions(int preGroup, int core) {
        return Map.of("preGroupSessions", preGroup, "coreSessions", core);
    }

    /** The panel's assessment of all seven principles, with those named found not met. */
    public static Map<String, Object> assessment(String... notMet) {
        List<Map<String, Object>> principles = new ArrayList<>();
        for (String principle : PRINCIPLES) {
            principles.add(Map.of("principle", principle, "met", !List.of(notMet).contains(principle),
                    "notes", "Assessed in a test."));
        }
        return Map.of("decidedOn", "2026-10-01", "principles", principles);
    }

    /** A CORE offering in groups, in person. */
    public static Map<String, Object> coreOffering() {
        return Map.of("deliveryFormats", List.of("GROUP"), "deliveryModes", List.of("IN_PERSON"), "basis", "CORE");
    }

    /**
     * A request by the Regional Probation Director. Every region already offers a seeded Structured Intervention in
     * each need area as CORE, so any further offering, CORE or ADDITIONAL, is the Director's decision.
     */
    public static RequestSpecification director() {
        return as(Roles.REGIONAL_PROBATION_DIRECTOR);
    }

    public static String createDraft(Map<String, Object> definition) {
        return admin().body(definition).post("/interventions").then().statusCode(201).extract().path("id");
    }

    /** Records, approves and publishes a new Structured Intervention; returns its id. */
    public static String createPublished(String name, String needArea) {
        String id = createDraft(definition(name, needArea));
        admin().body(assessment()).post("/interventions/" + id + "/approval").then().statusCode(200);
        admin().post("/interventions/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Opens or changes an offering as the Regional Probation Director, who may record any offering. */
    public static ExtractableResponse<Response> offer(String region, String id, Map<String, Object> terms) {
        return director().body(terms).put("/regions/" + region + "/offerings/" + id).then().extract();
    }

    public static String etag(String id) {
        return as(Roles.READ_ONLY).get("/interventions/" + id).then().statusCode(200).extract().header("ETag");
    }
}
