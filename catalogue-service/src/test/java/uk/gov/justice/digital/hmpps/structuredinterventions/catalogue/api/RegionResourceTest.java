package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.BUILDING_BETTER_RELATIONSHIPS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.MANAGING_MY_EMOTIONS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.REGIONS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.admin;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.coreOffering;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.createDraft;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.createPublished;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.definition;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.director;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.etag;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.offer;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.uniqueName;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time.UkTime;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class RegionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Nested
    class Listing_regions {

        @Test
        void lists_the_twelve_probation_regions_in_order_with_their_slugs() {
            as(Roles.PRACTITIONER).get("/regions").then().statusCode(200)
                    .body("code", contains(REGIONS.toArray()))
                    .body("find { it.code == 'kent-surrey-and-sussex' }.name", is("Kent, Surrey and Sussex"));
        }
    }

    @Nested
    class Listing_a_regions_offerings {

        @Test
        void every_region_offers_the_three_seeded_structured_interventions_as_core() {
            for (String region : REGIONS) {
                as(Roles.READ_ONLY).get("/regions/" + region + "/offerings").then().statusCode(200)
                        .body("intervention.name", hasItems("Managing My Emotions", "Positive Pathways", "Positive Pathways Plus"))
                        .body("find { it.intervention.name == 'Positive Pathways' }.offering.basis", is("CORE"))
                        .body("find { it.intervention.name == 'Positive Pathways' }.needArea", is("ATB"));
            }
        }

        @Test
        void an_unknown_region_is_a_404() {
            as(Roles.READ_ONLY).get("/regions/atlantis/offerings").then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Nested
    class Opening_an_offering {

        @Test
        void opens_it_with_201_then_changes_it_with_200() {
            String id = createPublished(uniqueName("Offered"), "ATB");
            offer("london", id, coreOffering()).response().then().statusCode(201)
                    .body("offering.region", is("london"))
                    .body("offering.openedBy", is("CATALOGUE_USER"))
                    .body("intervention.id", is(id));
            Map<String, Object> additional = Map.of("deliveryFormats", List.of("GROUP", "ONE_TO_ONE"),
                    "deliveryModes", List.of("ONLINE"), "basis", "ADDITIONAL",
                    "decidedBy", "Regional Probation Director, London", "decidedOn", "2026-11-01");
            director().header("If-Match", etag(id)).body(additional).put("/regions/london/offerings/" + id).then()
                    .statusCode(200)
                    .body("offering.basis", is("ADDITIONAL"))
                    .body("offering.deliveryFormats", contains("GROUP", "ONE_TO_ONE"))
                    .body("offering.decidedBy", is("CATALOGUE_USER"))
                    .body("offering.decidedOn", is("2026-11-01"));
            as(Roles.READ_ONLY).get("/regions/london/offerings/" + id).then().statusCode(200)
                    .header("ETag", is(etag(id)))
                    .body("offering.deliveryModes", contains("ONLINE"));
            as(Roles.READ_ONLY).queryParam("region", "london").queryParam("mode", "ONLINE").get("/interventions")
                    .then().body("content.id", hasItem(id));
        }

        @Test
        void a_decision_dated_in_the_future_is_a_400_naming_decided_on_and_offers_nothing() {
            String id = createPublished(uniqueName("Foreseen"), "EM");
            Map<String, Object> additional = Map.of("deliveryFormats", List.of("GROUP"), "deliveryModes",
                    List.of("IN_PERSON"), "basis", "ADDITIONAL", "decidedOn", "2999-01-01");
            director().body(additional).put("/regions/wales/offerings/" + id).then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", contains("decidedOn"));
            as(Roles.READ_ONLY).get("/regions/wales/offerings").then().body("intervention.id", not(hasItem(id)));
        }

        @Test
        void an_additional_offering_is_the_directors_decision_recorded_under_their_name_and_today() {
            String id = createPublished(uniqueName("Discretion"), "DA");
            Map<String, Object> additional = Map.of("deliveryFormats", List.of("GROUP"), "deliveryModes",
                    List.of("IN_PERSON"), "basis", "ADDITIONAL", "decidedBy", "Someone Else");
            admin().body(additional).put("/regions/wales/offerings/" + id).then().statusCode(403)
                    .contentType(PROBLEM)
                    .body("userMessage", containsString("Regional Probation Director's discretion"));
            as(Roles.READ_ONLY).get("/regions/wales/offerings").then().body("intervention.id", not(hasItem(id)));
            offer("wales", id, additional).response().then().statusCode(201)
                    .body("offering.decidedBy", is("CATALOGUE_USER"))
                    .body("offering.decidedOn", is(UkTime.today(Clock.systemUTC()).toString()));
        }

        @Test
        void a_region_cannot_offer_a_format_the_intervention_is_not_delivered_in() {
            java.util.Map<String, Object> definition = definition(uniqueName("Groups Only"), "EM");
            definition.put("deliveryFormats", List.of("GROUP"));
            String id = createDraft(definition);
            admin().body(CatalogueFixtures.assessment()).post("/interventions/" + id + "/approval").then().statusCode(200);
            admin().post("/interventions/" + id + "/publish").then().statusCode(200);
            offer("wales", id, Map.of("deliveryFormats", List.of("ONE_TO_ONE"), "deliveryModes", List.of("IN_PERSON"),
                    "basis", "CORE")).response().then().statusCode(422)
                    .body("errors[0].field", is("deliveryFormats"))
                    .body("errors[0].message", containsString("is not delivered ONE_TO_ONE"));
        }

        @Test
        void a_draft_cannot_be_offered_and_an_accredited_programme_is_not_offered() {
            String draft = createDraft(definition(uniqueName("Not Yet"), "ATB"));
            offer("wales", draft, coreOffering()).response().then().statusCode(409);
            offer("wales", BUILDING_BETTER_RELATIONSHIPS, coreOffering()).response().then().statusCode(422)
                    .body("errors[0].field", is("interventionId"));
        }

        @Test
        void a_stale_if_match_is_a_412_and_a_practitioner_gets_a_403() {
            String id = createPublished(uniqueName("Guarded"), "ATB");
            admin().header("If-Match", "\"0\"").body(coreOffering()).put("/regions/wales/offerings/" + id).then()
                    .statusCode(412);
            as(Roles.PRACTITIONER).contentType("application/json").body(coreOffering())
                    .put("/regions/wales/offerings/" + id).then().statusCode(403);
            as(Roles.READ_ONLY).get("/regions/wales/offerings/" + id).then().statusCode(404);
        }
    }

    @Nested
    class The_basis_of_an_offering {

        private static final String REGION = "south-central";

        @Test
        void the_first_core_one_is_recorded_by_the_catalogue_administrator_without_a_decision() {
            admin().body(coreOffering()).put("/regions/" + REGION + "/offerings/" + MANAGING_MY_EMOTIONS).then()
                    .statusCode(200)
                    .body("offering.basis", is("CORE"));
        }

        @Test
        void a_second_core_one_is_the_directors_decision_and_the_only_core_one_cannot_become_additional() {
            String id = createPublished(uniqueName("Only EM"), "EM");
            admin().body(coreOffering()).put("/regions/" + REGION + "/offerings/" + id).then().statusCode(403)
                    .contentType(PROBLEM)
                    .body("userMessage", containsString("A second CORE offering in a need area is at the Regional "
                            + "Probation Director's discretion"));
            offer(REGION, id, coreOffering()).response().then().statusCode(201)
                    .body("offering.basis", is("CORE"))
                    .body("offering.decidedBy", is("CATALOGUE_USER"));
            admin().delete("/regions/" + REGION + "/offerings/" + MANAGING_MY_EMOTIONS).then().statusCode(204);

            offer(REGION, id, Map.of("deliveryFormats", List.of("GROUP"), "deliveryModes", List.of("IN_PERSON"),
                    "basis", "ADDITIONAL", "decidedBy", "Regional Probation Director, South Central", "decidedOn",
                    "2026-10-01")).response().then().statusCode(422).contentType(PROBLEM)
                    .body("errors.field", contains("basis"))
                    .body("errors[0].message", containsString("South Central has no other CORE Structured "
                            + "Intervention in need area EM"));
            as(Roles.READ_ONLY).get("/coverage").then().statusCode(200)
                    .body("regions.find { it.region == 'south-central' }.needAreas.find { it.needArea == 'EM' }"
                            + ".interventions.basis", contains("CORE"))
                    .body("regions.find { it.region == 'south-central' }.met", is(true));

            // Put the seed back as it was, for the other tests.
            offer(REGION, MANAGING_MY_EMOTIONS, coreOffering()).response().then().statusCode(201);
            admin().delete("/regions/" + REGION + "/offerings/" + id).then().statusCode(204);
        }

        @Test
        void one_beyond_the_minimum_is_additional_and_does_not_count_towards_it() {
            String id = createPublished(uniqueName("Extra EM"), "EM");
            offer(REGION, id, Map.of("deliveryFormats", List.of("GROUP"), "deliveryModes", List.of("IN_PERSON"),
                    "basis", "ADDITIONAL", "decidedBy", "Regional Probation Director, South Central", "decidedOn",
                    "2026-10-01")).response().then().statusCode(201);
            admin().delete("/regions/" + REGION + "/offerings/" + MANAGING_MY_EMOTIONS).then().statusCode(409)
                    .body("errors[0].message",
                            is("South Central (south-central) would have no CORE Structured Intervention in need area EM"));
            admin().delete("/regions/" + REGION + "/offerings/" + id).then().statusCode(204);
        }
    }

    @Nested
    class Closing_an_offering {

        @Test
        void closing_the_last_structured_intervention_of_a_need_area_in_a_region_is_a_409_naming_both() {
            admin().delete("/regions/north-west/offerings/" + MANAGING_MY_EMOTIONS).then().statusCode(409)
                    .contentType(PROBLEM)
                    .body("userMessage", containsString("North West in EM"))
                    .body("errors[0].field", is("coverage"))
                    .body("errors[0].message", is("North West (north-west) would have no CORE Structured Intervention in need area EM"));
            as(Roles.READ_ONLY).get("/regions/north-west/offerings").then()
                    .body("intervention.name", hasItem("Managing My Emotions"));
        }

        @Test
        void closes_it_when_the_region_keeps_another_in_the_need_area() {
            String id = createPublished(uniqueName("Second EM"), "EM");
            offer("south-west", id, coreOffering()).response().then().statusCode(201);
            admin().header("If-Match", etag(id)).delete("/regions/south-west/offerings/" + id).then().statusCode(204);
            as(Roles.READ_ONLY).get("/regions/south-west/offerings").then().body("intervention.id", not(hasItem(id)));
            admin().delete("/regions/south-west/offerings/" + id).then().statusCode(404);
        }

        @Test
        void with_a_second_one_offered_the_seeded_one_may_close_and_the_new_one_becomes_the_last() {
            String id = createPublished(uniqueName("Replacement EM"), "EM");
            offer("east-midlands", id, coreOffering()).response().then().statusCode(201);
            admin().delete("/regions/east-midlands/offerings/" + MANAGING_MY_EMOTIONS).then().statusCode(204);
            admin().delete("/regions/east-midlands/offerings/" + id).then().statusCode(409);
            // Put the seed back as it was, for the other tests.
            offer("east-midlands", MANAGING_MY_EMOTIONS, coreOffering()).response().then().statusCode(201);
            admin().delete("/regions/east-midlands/offerings/" + id).then().statusCode(204);
        }
    }
}
