package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class NeedAreaResourceTest {

    private static Map<String, Object> revision(String name, List<String> focusAreas) {
        return Map.of("name", name, "description", "Revised wording for a test.", "focusAreas", focusAreas);
    }

    @Nested
    class Listing_need_areas {

        @Test
        void lists_the_three_need_areas_from_the_seed_with_their_focus_areas() {
            as(Roles.READ_ONLY).get("/need-areas").then().statusCode(200)
                    .body("code", contains("ATB", "DA", "EM"))
                    .body("find { it.code == 'DA' }.name", is("Domestic Abuse"))
                    .body("find { it.code == 'DA' }.focusAreas", hasItems("social skills", "conflict management skills"))
                    .body("find { it.code == 'ATB' }.focusAreas.size()", is(5));
        }

        @Test
        void an_unknown_need_area_code_is_a_404_problem() {
            as(Roles.PRACTITIONER).get("/need-areas/XYZ").then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Nested
    class Revising_a_need_area {

        @Test
        void stores_the_change_and_publishes_a_need_area_updated_event_that_matches_its_schema() throws Exception {
            String etag = as(Roles.CATALOGUE_ADMIN).get("/need-areas/EM").then().statusCode(200).extract().header("ETag");
            try (TopicProbe probe = TopicProbe.open("catalogue.events")) {
                as(Roles.CATALOGUE_ADMIN).contentType(ContentType.JSON).header("If-Match", etag)
                        .body(revision("Emotional Management", List.of("understanding anger", "managing conflict")))
                        .put("/need-areas/EM").then().statusCode(200)
                        .body("focusAreas", contains("understanding anger", "managing conflict"));

                List<ConsumerRecord<String, String>> records = probe.await(
                        received -> received.stream().anyMatch(r -> "EM".equals(r.key())), Duration.ofSeconds(30));
                ConsumerRecord<String, String> event = records.stream().filter(r -> "EM".equals(r.key())).findFirst().orElseThrow();
                assertThat(header(event, "ce_type")).isEqualTo("structured-interventions.need-area.updated");
                assertThat(header(event, "ce_source")).isEqualTo("urn:hmpps:structured-interventions:catalogue-service");
                JsonNode data = new ObjectMapper().readTree(event.value());
                assertThat(data.path("focusAreas").get(0).asText()).isEqualTo("understanding anger");
                assertThat(data.path("detailUrl").asText()).endsWith("/need-areas/EM");
                EventSchemas.assertValid("need-area-updated.schema.json", event.value());
            }
            as(Roles.READ_ONLY).get("/need-areas/EM").then().body("focusAreas", contains("understanding anger", "managing conflict"));
        }

        @Test
        void a_stale_if_match_is_a_412_and_changes_nothing() {
            as(Roles.CATALOGUE_ADMIN).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                    .body(revision("Attitudes", List.of("one")))
                    .put("/need-areas/ATB").then().statusCode(412).contentType("application/problem+json");
            as(Roles.READ_ONLY).get("/need-areas/ATB").then().body("name", is("Attitudes, Thinking and Behaviour"));
        }

        @Test
        void a_repeated_focus_area_is_a_422_naming_it() {
            as(Roles.CATALOGUE_ADMIN).contentType(ContentType.JSON)
                    .body(revision("Domestic Abuse", List.of("social skills", "Social skills ")))
                    .put("/need-areas/DA").then().statusCode(422)
                    .body("errors[0].field", is("focusAreas[1]"));
        }

        @Test
        void an_empty_name_and_no_focus_areas_are_a_400_naming_both() {
            as(Roles.CATALOGUE_ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("name", "", "description", "d", "focusAreas", List.of()))
                    .put("/need-areas/DA").then().statusCode(400)
                    .body("errors.field", hasItems("name", "focusAreas"));
        }

        @Test
        void a_practitioner_cannot_revise_a_need_area() {
            as(Roles.PRACTITIONER).contentType(ContentType.JSON)
                    .body(revision("Domestic Abuse", List.of("x")))
                    .put("/need-areas/DA").then().statusCode(403);
        }
    }
}
