package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.BUILDING_BETTER_RELATIONSHIPS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.MANAGING_MY_EMOTIONS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.POSITIVE_PATHWAYS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.POSITIVE_PATHWAYS_PLUS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.admin;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.assessment;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.coreOffering;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.createDraft;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.definition;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.offer;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.uniqueName;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.events.InterventionEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service.InterventionService;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service.NeedAreaService;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;

/** The events catalogue-service publishes, read back from the real broker and checked against their schemas. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class CatalogueEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    InterventionService interventions;

    @Inject
    NeedAreaService needAreas;

    @Nested
    class Announcing_the_seed {

        @Test
        void each_seeded_intervention_and_need_area_is_announced_once_as_a_schema_valid_event() throws Exception {
            Set<String> seeded = Set.of(POSITIVE_PATHWAYS, POSITIVE_PATHWAYS_PLUS, MANAGING_MY_EMOTIONS,
                    BUILDING_BETTER_RELATIONSHIPS);
            try (TopicProbe probe = TopicProbe.fromBeginning("catalogue.events")) {
                List<ConsumerRecord<String, String>> records = probe.await(received -> received.stream()
                        .filter(r -> seeded.contains(r.key()) && published(r)).map(ConsumerRecord::key)
                        .collect(Collectors.toSet()).containsAll(seeded), WAIT);
                for (ConsumerRecord<String, String> record : records) {
                    if (seeded.contains(record.key()) && published(record)) {
                        EventSchemas.assertValid("intervention-published.schema.json", record.value());
                    }
                }
                ConsumerRecord<String, String> positivePathways = records.stream()
                        .filter(r -> r.key().equals(POSITIVE_PATHWAYS) && published(r)).findFirst().orElseThrow();
                JsonNode data = JSON.readTree(positivePathways.value());
                assertThat(data.at("/intervention/name").asText()).isEqualTo("Positive Pathways");
                assertThat(data.at("/intervention/offerings")).hasSize(12);
                assertThat(data.at("/detailUrl").asText()).endsWith("/interventions/" + POSITIVE_PATHWAYS);
                assertThat(header(positivePathways, "ce_subject")).isEqualTo(POSITIVE_PATHWAYS);
                assertThat(records.stream().filter(r -> Set.of("ATB", "DA", "EM").contains(r.key()))
                        .map(ConsumerRecord::key).collect(Collectors.toSet())).containsExactlyInAnyOrder("ATB", "DA", "EM");
            }
            assertThat(interventions.announceSeeded()).as("nothing is left to announce").isZero();
            assertThat(needAreas.announceSeeded()).isZero();
        }
    }

    @Nested
    class Following_an_intervention_through_its_lifecycle {

        @Test
        void every_change_is_published_keyed_by_the_intervention_with_a_rising_version_and_matches_its_schema()
                throws Exception {
            try (TopicProbe probe = TopicProbe.open("catalogue.events")) {
                String id = createDraft(definition(uniqueName("Evented"), "EM"));
                admin().body(assessment()).post("/interventions/" + id + "/approval").then().statusCode(200);
                admin().post("/interventions/" + id + "/publish").then().statusCode(200);
                offer("wales", id, coreOffering()).response().then().statusCode(201);
                offer("wales", id, Map.of("deliveryFormats", List.of("ONE_TO_ONE"), "deliveryModes", List.of("ONLINE"),
                        "basis", "ADDITIONAL", "decidedBy", "Regional Probation Director, Wales", "decidedOn",
                        "2026-10-01")).response().then().statusCode(200);
                admin().delete("/regions/wales/offerings/" + id).then().statusCode(204);
                offer("london", id, coreOffering()).response().then().statusCode(201);
                admin().body(Map.of("reason", "Replaced by a newer version")).post("/interventions/" + id + "/withdraw")
                        .then().statusCode(200);

                List<ConsumerRecord<String, String>> events = probe.await(
                        received -> received.stream().filter(r -> id.equals(r.key())).count() >= 8, WAIT)
                        .stream().filter(r -> id.equals(r.key())).toList();

                assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                        InterventionEvent.UPDATED, InterventionEvent.UPDATED, InterventionEvent.PUBLISHED,
                        InterventionEvent.OFFERING_OPENED, InterventionEvent.OFFERING_UPDATED,
                        InterventionEvent.OFFERING_CLOSED, InterventionEvent.OFFERING_OPENED, InterventionEvent.WITHDRAWN);
                long previousVersion = -1;
                for (ConsumerRecord<String, String> event : events) {
                    EventSchemas.assertValidEvent(event);
                    long version = JSON.readTree(event.value()).at("/intervention/version").asLong();
                    assertThat(version).isGreaterThan(previousVersion);
                    previousVersion = version;
                }
                JsonNode updatedOffering = JSON.readTree(events.get(4).value());
                assertThat(updatedOffering.at("/region").asText()).isEqualTo("wales");
                assertThat(updatedOffering.at("/intervention/offerings/0/deliveryModes/0").asText()).isEqualTo("ONLINE");
                JsonNode closed = JSON.readTree(events.get(5).value());
                assertThat(closed.at("/intervention/offerings")).isEmpty();
                JsonNode withdrawn = JSON.readTree(events.get(7).value());
                assertThat(withdrawn.at("/reason").asText()).isEqualTo("Replaced by a newer version");
                assertThat(withdrawn.at("/intervention/status").asText()).isEqualTo("WITHDRAWN");
            }
        }

        @Test
        void a_refused_change_publishes_nothing() {
            try (TopicProbe probe = TopicProbe.open("catalogue.events")) {
                admin().delete("/regions/london/offerings/" + MANAGING_MY_EMOTIONS).then().statusCode(409);
                List<ConsumerRecord<String, String>> received = probe.drain(Duration.ofSeconds(2));
                assertThat(received).noneMatch(r -> MANAGING_MY_EMOTIONS.equals(r.key()));
            }
        }
    }

    private static boolean published(ConsumerRecord<String, String> record) {
        return InterventionEvent.PUBLISHED.equals(header(record, "ce_type"));
    }
}
