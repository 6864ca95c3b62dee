package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.BUILDING_BETTER_RELATIONSHIPS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.POSITIVE_PATHWAYS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.POSITIVE_PATHWAYS_PLUS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.admin;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.assessment;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.coreOffering;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.createDraft;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.createPublished;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.definition;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.etag;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.offer;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.sessions;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.uniqueName;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class InterventionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Nested
    class Finding_interventions {

        @Test
        void lists_the_three_seeded_structured_interventions_by_name() {
            as(Roles.PRACTITIONER).queryParam("type", "STRUCTURED_INTERVENTION").queryParam("status", "PUBLISHED")
                    .queryParam("size", 100).get("/interventions").then().statusCode(200)
                    .body("content.name", hasItems("Managing My Emotions", "Positive Pathways", "Positive Pathways Plus"))
                    .body("content.type", everyItem(is("STRUCTURED_INTERVENTION")))
                    .body("page", is(0)).body("size", is(100));
        }

        @Test
        void filters_by_region_and_need_area() {
            as(Roles.READ_ONLY).queryParam("region", "wales").queryParam("needArea", "DA").get("/interventions")
                    .then().statusCode(200)
                    .body("content.name", hasItem("Positive Pathways Plus"))
                    .body("content.needArea", everyItem(is("DA")))
                    .body("content.name", not(hasItem("Building Better Relationships")));
        }

        @Test
        void with_a_region_the_format_and_mode_are_what_that_region_offers() {
            // The seed offers Positive Pathways in groups, in person; it could be delivered online too.
            as(Roles.READ_ONLY).queryParam("region", "london").queryParam("mode", "ONLINE").queryParam("q", "positive pathways")
                    .get("/interventions").then().statusCode(200).body("content.name", not(hasItem("Positive Pathways")));
            as(Roles.READ_ONLY).queryParam("mode", "ONLINE").queryParam("q", "positive pathways")
                    .get("/interventions").then().statusCode(200).body("content.name", hasItem("Positive Pathways"));
        }

        @Test
        void matches_text_in_the_description_ignoring_case() {
            as(Roles.READ_ONLY).queryParam("q", "ANGER").get("/interventions").then().statusCode(200)
                    .body("content.name", hasItem("Managing My Emotions"))
                    .body("content.name", not(hasItem("Positive Pathways")));
        }

        @Test
        void a_percent_sign_in_the_text_is_looked_for_literally() {
            as(Roles.READ_ONLY).queryParam("q", "%").get("/interventions").then().statusCode(200)
                    .body("totalElements", is(0));
        }

        @Test
        void pages_the_results_and_counts_them_all() {
            as(Roles.READ_ONLY).queryParam("status", "PUBLISHED").queryParam("size", 2).queryParam("page", 1)
                    .get("/interventions").then().statusCode(200)
                    .body("page", is(1)).body("size", is(2))
                    .body("totalElements", greaterThanOrEqualTo(4))
                    .body("totalPages", greaterThanOrEqualTo(2))
                    .body("content", hasSize(2));
        }

        @Test
        void an_unknown_need_area_is_a_400_naming_the_parameter_and_its_values() {
            as(Roles.READ_ONLY).queryParam("needArea", "XYZ").get("/interventions").then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", is("needArea"))
                    .body("errors[0].message", is("must be one of ATB, DA, EM"));
        }

        @Test
        void an_unknown_region_and_a_page_size_out_of_range_are_400s() {
            as(Roles.READ_ONLY).queryParam("region", "atlantis").get("/interventions").then().statusCode(400)
                    .body("errors[0].field", is("region"));
            as(Roles.READ_ONLY).queryParam("size", 0).get("/interventions").then().statusCode(400)
                    .body("errors.field", hasItem("size"));
            as(Roles.READ_ONLY).queryParam("page", "abc").get("/interventions").then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", is("page"));
        }
    }

    @Nested
    class Getting_an_intervention {

        @Test
        void shows_positive_pathways_plus_for_men_only_with_its_accredited_alternative_and_an_etag() {
            as(Roles.PRACTITIONER).get("/interventions/" + POSITIVE_PATHWAYS_PLUS).then().statusCode(200)
                    .header("ETag", matchesPattern("\"\\d+\""))
                    .body("name", is("Positive Pathways Plus"))
                    .body("needArea", is("DA"))
                    .body("eligibility.sexes", contains("MALE"))
                    .body("alternativeAccreditedProgramme.id", is(BUILDING_BETTER_RELATIONSHIPS))
                    .body("alternativeAccreditedProgramme.name", is("Building Better Relationships"))
                    .body("sessionPlan.preGroupSessions", is(1))
                    .body("sessionPlan.totalSessions", is(10))
                    .body("approval.approved", is(true))
                    .body("approval.principles", hasSize(7))
                    .body("offerings.region", hasItems("london", "wales"))
                    .body("offerings.basis", everyItem(is("CORE")));
        }

        @Test
        void an_unknown_id_is_a_404_problem() {
            as(Roles.READ_ONLY).get("/interventions/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                    .contentType(PROBLEM);
        }
    }

    @Nested
    class Recording_a_draft {

        @Test
        void answers_201_with_the_draft_its_location_and_etag() {
            String name = uniqueName("Steering Clear");
            admin().body(definition(name, "ATB")).post("/interventions").then().statusCode(201)
                    .header("Location", containsString("/interventions/"))
                    .header("ETag", is("\"0\""))
                    .body("status", is("DRAFT"))
                    .body("name", is(name))
                    .body("createdBy", is("CATALOGUE_USER"))
                    .body("approval", nullValue())
                    .body("offerings", hasSize(0));
        }

        @Test
        void a_structured_intervention_of_fewer_than_four_sessions_is_refused_naming_the_session_plan() {
            Map<String, Object> definition = definition(uniqueName("Too Short"), "EM");
            definition.put("sessionPlan", sessions(1, 2));
            admin().body(definition).post("/interventions").then().statusCode(422).contentType(PROBLEM)
                    .body("errors[0].field", is("sessionPlan"))
                    .body("errors[0].message", is("a Structured Intervention has at least 4 sessions; this plan has 3"));
        }

        @Test
        void four_sessions_counting_the_pre_group_session_are_enough() {
            Map<String, Object> definition = definition(uniqueName("Just Enough"), "EM");
            definition.put("sessionPlan", sessions(1, 3));
            admin().body(definition).post("/interventions").then().statusCode(201).body("sessionPlan.totalSessions", is(4));
        }

        @Test
        void an_accredited_programme_needs_no_session_plan_and_no_approval_to_publish() {
            Map<String, Object> definition = definition(uniqueName("Accredited"), "DA");
            definition.put("type", "ACCREDITED_PROGRAMME");
            definition.remove("sessionPlan");
            String id = createDraft(definition);
            admin().post("/interventions/" + id + "/publish").then().statusCode(200).body("status", is("PUBLISHED"));
        }

        @Test
        void missing_and_malformed_fields_are_a_400_naming_each() {
            Map<String, Object> definition = definition("", "ATB");
            definition.remove("deliveryFormats");
            definition.put("sessionPlan", Map.of("preGroupSessions", 1));
            admin().body(definition).post("/interventions").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItems("name", "deliveryFormats", "sessionPlan.coreSessions"));
        }

        @Test
        void a_name_already_in_the_catalogue_is_a_409() {
            admin().body(definition("positive pathways", "ATB")).post("/interventions").then().statusCode(409)
                    .body("errors[0].field", is("name"));
        }

        @Test
        void the_accredited_alternative_must_be_an_accredited_programme() {
            Map<String, Object> definition = definition(uniqueName("Pointing"), "DA");
            definition.put("alternativeAccreditedProgrammeId", POSITIVE_PATHWAYS);
            admin().body(definition).post("/interventions").then().statusCode(422)
                    .body("errors[0].field", is("alternativeAccreditedProgrammeId"));
            definition.put("alternativeAccreditedProgrammeId", BUILDING_BETTER_RELATIONSHIPS);
            admin().body(definition).post("/interventions").then().statusCode(201)
                    .body("alternativeAccreditedProgramme.name", is("Building Better Relationships"));
        }

        @Test
        void an_age_range_upside_down_is_refused() {
            Map<String, Object> definition = definition(uniqueName("Ages"), "ATB");
            definition.put("eligibility", Map.of("minimumAge", 30, "maximumAge", 25, "sexes", List.of("MALE")));
            admin().body(definition).post("/interventions").then().statusCode(422)
                    .body("errors[0].field", is("eligibility.maximumAge"));
        }

        @Test
        void a_practitioner_cannot_record_one() {
            as(Roles.PRACTITIONER).contentType("application/json").body(definition(uniqueName("No"), "ATB"))
                    .post("/interventions").then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Nested
    class Changing_a_draft {

        @Test
        void replaces_it_when_if_match_is_current_and_refuses_a_stale_one_with_412() {
            String id = createDraft(definition(uniqueName("Draft"), "ATB"));
            Map<String, Object> revised = definition(uniqueName("Renamed"), "EM");
            admin().header("If-Match", "\"0\"").body(revised).put("/interventions/" + id).then().statusCode(200)
                    .header("ETag", is("\"1\"")).body("needArea", is("EM"));
            admin().header("If-Match", "\"0\"").body(definition(uniqueName("Again"), "DA")).put("/interventions/" + id)
                    .then().statusCode(412).contentType(PROBLEM);
            as(Roles.READ_ONLY).get("/interventions/" + id).then().body("needArea", is("EM"));
        }

        @Test
        void changing_an_approved_draft_clears_its_approval_so_the_panel_assesses_what_is_published() {
            String id = createDraft(definition(uniqueName("Reassessed"), "ATB"));
            admin().body(assessment()).post("/interventions/" + id + "/approval").then().statusCode(200);
            admin().body(definition(uniqueName("Rewritten"), "ATB")).put("/interventions/" + id).then().statusCode(200)
                    .body("approval", nullValue());
            admin().post("/interventions/" + id + "/publish").then().statusCode(422)
                    .body("errors[0].field", is("approval"));
        }

        @Test
        void a_published_intervention_cannot_be_changed() {
            admin().body(definition("Positive Pathways", "ATB")).put("/interventions/" + POSITIVE_PATHWAYS)
                    .then().statusCode(409).contentType(PROBLEM);
        }
    }

    @Nested
    class Recording_the_panel_approval {

        @Test
        void an_assessment_missing_a_principle_is_refused_naming_it() {
            String id = createDraft(definition(uniqueName("Assessed"), "ATB"));
            Map<String, Object> assessment = assessment();
            List<?> sixPrinciples = ((List<?>) assessment.get("principles")).subList(0, 6);
            admin().body(Map.of("decidedOn", "2026-10-01", "principles", sixPrinciples))
                    .post("/interventions/" + id + "/approval").then().statusCode(422)
                    .body("errors[0].field", is("principles"))
                    .body("errors[0].message", endsWith("missing ENGAGEMENT_AND_MOTIVATION"));
        }

        @Test
        void an_assessment_with_a_principle_twice_is_refused() {
            String id = createDraft(definition(uniqueName("Twice"), "ATB"));
            List<Object> principles = new ArrayList<>((List<?>) assessment().get("principles"));
            principles.add(Map.of("principle", "MODEL_OF_CHANGE", "met", true));
            admin().body(Map.of("decidedOn", "2026-10-01", "principles", principles))
                    .post("/interventions/" + id + "/approval").then().statusCode(422)
                    .body("errors[0].field", is("principles[7].principle"));
        }

        @Test
        void an_assessment_in_the_future_is_a_400() {
            String id = createDraft(definition(uniqueName("Future"), "ATB"));
            admin().body(Map.of("decidedOn", "2999-01-01", "principles", assessment().get("principles")))
                    .post("/interventions/" + id + "/approval").then().statusCode(400)
                    .body("errors[0].field", is("decidedOn"));
        }
    }

    @Nested
    class Publishing {

        @Test
        void a_structured_intervention_without_an_approval_is_not_published() {
            String id = createDraft(definition(uniqueName("Unapproved"), "ATB"));
            admin().post("/interventions/" + id + "/publish").then().statusCode(422).contentType(PROBLEM)
                    .body("errors[0].field", is("approval"));
            as(Roles.READ_ONLY).get("/interventions/" + id).then().body("status", is("DRAFT"));
        }

        @Test
        void an_approval_that_finds_a_principle_not_met_does_not_let_it_be_published() {
            String id = createDraft(definition(uniqueName("Not Met"), "ATB"));
            admin().body(assessment("EFFECTIVE_METHODS")).post("/interventions/" + id + "/approval").then()
                    .statusCode(200).body("approval.approved", is(false));
            admin().post("/interventions/" + id + "/publish").then().statusCode(422)
                    .body("errors.field", contains("approval.principles[EFFECTIVE_METHODS]"));
        }

        @Test
        void an_approval_with_all_seven_met_lets_it_be_published_once() {
            String id = createDraft(definition(uniqueName("Approved"), "ATB"));
            admin().body(assessment()).post("/interventions/" + id + "/approval").then().statusCode(200)
                    .body("approval.approved", is(true))
                    .body("approval.panel", is("HMPPS Effective Interventions Panel"))
                    .body("approval.principles.principle", containsInAnyOrder(CatalogueFixtures.PRINCIPLES.toArray()));
            admin().header("If-Match", etag(id)).post("/interventions/" + id + "/publish").then().statusCode(200)
                    .body("status", is("PUBLISHED")).body("publishedBy", is("CATALOGUE_USER"));
            admin().post("/interventions/" + id + "/publish").then().statusCode(409);
        }

        @Test
        void a_stale_if_match_is_a_412() {
            String id = createDraft(definition(uniqueName("Stale"), "ATB"));
            admin().body(assessment()).post("/interventions/" + id + "/approval").then().statusCode(200);
            admin().header("If-Match", "\"0\"").post("/interventions/" + id + "/publish").then().statusCode(412);
        }

        @Test
        void its_accredited_alternative_must_be_published_first() {
            Map<String, Object> programme = definition(uniqueName("Programme"), "DA");
            programme.put("type", "ACCREDITED_PROGRAMME");
            String programmeId = createDraft(programme);
            Map<String, Object> definition = definition(uniqueName("Pointer"), "DA");
            definition.put("alternativeAccreditedProgrammeId", programmeId);
            String id = createDraft(definition);
            admin().body(assessment()).post("/interventions/" + id + "/approval").then().statusCode(200);
            admin().post("/interventions/" + id + "/publish").then().statusCode(422)
                    .body("errors[0].field", is("alternativeAccreditedProgrammeId"));
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void a_seeded_intervention_that_is_the_only_one_in_its_need_area_is_refused_naming_the_regions() {
            admin().body(Map.of("reason", "Testing the coverage rule")).post("/interventions/" + POSITIVE_PATHWAYS + "/withdraw")
                    .then().statusCode(409).contentType(PROBLEM)
                    .body("userMessage", containsString("North East in ATB"))
                    .body("errors.message", hasItem("South West (south-west) would have no CORE Structured Intervention in need area ATB"));
            as(Roles.READ_ONLY).get("/interventions/" + POSITIVE_PATHWAYS).then().body("status", is("PUBLISHED"))
                    .body("offerings", hasSize(12));
        }

        @Test
        void withdraws_with_the_reason_and_closes_its_offerings_when_no_region_is_left_short() {
            String id = createPublished(uniqueName("Leaving"), "EM");
            offer("wales", id, coreOffering());
            admin().body(Map.of("reason", "Replaced")).post("/interventions/" + id + "/withdraw").then().statusCode(200)
                    .body("status", is("WITHDRAWN"))
                    .body("withdrawal.reason", is("Replaced"))
                    .body("offerings", hasSize(0));
            as(Roles.READ_ONLY).get("/regions/wales/offerings").then().body("intervention.id", not(hasItem(id)));
        }

        @Test
        void an_accredited_programme_that_a_published_intervention_points_to_is_not_withdrawn() {
            admin().body(Map.of("reason", "Retired")).post("/interventions/" + BUILDING_BETTER_RELATIONSHIPS + "/withdraw")
                    .then().statusCode(409)
                    .body("errors[0].message", is("Positive Pathways Plus names it as its accredited alternative"));
        }

        @Test
        void a_blank_reason_is_a_400_and_a_draft_cannot_be_withdrawn() {
            String id = createDraft(definition(uniqueName("Withdrawn Draft"), "ATB"));
            admin().body(Map.of("reason", " ")).post("/interventions/" + id + "/withdraw").then().statusCode(400)
                    .body("errors[0].field", is("reason"));
            admin().body(Map.of("reason", "No longer needed")).post("/interventions/" + id + "/withdraw").then()
                    .statusCode(409);
        }
    }
}
