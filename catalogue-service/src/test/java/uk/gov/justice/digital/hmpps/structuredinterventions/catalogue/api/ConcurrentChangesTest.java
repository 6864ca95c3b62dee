package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.REGIONS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.admin;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.createPublished;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.offer;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.uniqueName;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.AtOnce;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * Changes of one intervention made at the same moment wait their turn (each reads the intervention under its row
 * lock before its If-Match check): none fails as a simultaneous change where the rules allow both orders.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentChangesTest {

    private static final String SIMULTANEOUS = "at the same time";

    /**
     * ADDITIONAL offerings (the Director's, as {@code offer} records them): they do not count for the coverage rule,
     * so the seeded interventions' coverage, which other test classes check, is left as it was.
     */
    private static Map<String, Object> additional(String format) {
        return Map.of("deliveryFormats", List.of(format), "deliveryModes", List.of("IN_PERSON"), "basis", "ADDITIONAL");
    }

    @Nested
    class Changes_of_one_intervention_at_once {

        @Test
        void offerings_opened_in_six_regions_at_once_are_all_opened() throws Exception {
            String id = createPublished(uniqueName("Opened at once"), "ATB");
            List<String> regions = REGIONS.subList(0, 6);
            List<Callable<ExtractableResponse<Response>>> calls = regions.stream()
                    .<Callable<ExtractableResponse<Response>>>map(region -> () -> offer(region, id, additional("GROUP")))
                    .toList();
            List<ExtractableResponse<Response>> answers = AtOnce.run(calls);
            assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(201);
            as(Roles.READ_ONLY).get("/interventions/" + id).then().statusCode(200).body("offerings", hasSize(6));
        }

        @Test
        void a_withdrawal_and_a_change_of_an_offering_at_once_are_taken_one_after_the_other() throws Exception {
            String id = createPublished(uniqueName("Withdrawn at once"), "EM");
            offer("wales", id, additional("GROUP")).response().then().statusCode(201);
            Map<String, Object> oneToOne = additional("ONE_TO_ONE");
            List<ExtractableResponse<Response>> answers = AtOnce.run(List.of(
                    () -> admin().body(Map.of("reason", "Replaced")).post("/interventions/" + id + "/withdraw")
                            .then().extract(),
                    () -> offer("wales", id, oneToOne)));
            assertThat(answers.get(0).statusCode()).as("the withdrawal, before or after the change").isEqualTo(200);
            ExtractableResponse<Response> change = answers.get(1);
            // Before the withdrawal the change is made; after it, the rule refuses a withdrawn intervention's offering.
            assertThat(change.statusCode()).isIn(200, 409, 422);
            if (change.statusCode() != 200) {
                assertThat(change.body().asString()).doesNotContain(SIMULTANEOUS);
            }
            as(Roles.READ_ONLY).get("/interventions/" + id).then().body("status", is("WITHDRAWN"))
                    .body("offerings", hasSize(0));
        }
    }
}
