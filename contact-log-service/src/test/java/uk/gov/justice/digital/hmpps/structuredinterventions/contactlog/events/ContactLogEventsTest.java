package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.contact;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.record;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.registerRequirement;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.today;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.messaging.ReadinessEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** What an nDelius adapter reads from contact-log.events, checked against the published schemas. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ContactLogEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_change_publishes_its_contact_event_and_the_rar_days_it_altered_keyed_by_the_crn() throws Exception {
        String crn = Crns.random();
        try (TopicProbe probe = TopicProbe.open("contact-log.events")) {
            String early = record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today().minusDays(2))).getString("id");
            long requirement = registerRequirement(crn, 1);
            String later = record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today())).getString("id");
            as(Roles.PRACTITIONER).body(Map.of("outcome", "ACCEPTABLE_ABSENCE")).put("/contacts/" + early + "/outcome").then()
                    .statusCode(200);
            TestDatabase.awaitHandled(ReadinessEventFixtures.followedUp(crn, today().minusDays(1), "ATTENDED_COMPLIED",
                    UUID.randomUUID()));

            List<ConsumerRecord<String, String>> events = probe.await(received -> ofPerson(received, crn).size() >= 9,
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> mine = ofPerson(events, crn);

            assertThat(mine).extracting(e -> header(e, "ce_type")).containsExactly(
                    "structured-interventions.contact.recorded",
                    "structured-interventions.contact.rar-requirement-linked",
                    "structured-interventions.rar.days-changed",
                    "structured-interventions.contact.recorded",
                    "structured-interventions.rar.days-changed",
                    "structured-interventions.contact.outcome-updated",
                    "structured-interventions.rar.days-changed",
                    "structured-interventions.contact.recorded",
                    "structured-interventions.rar.days-changed");
            for (ConsumerRecord<String, String> event : mine) {
                EventSchemas.assertValidEvent(event);
                assertThat(header(event, "ce_subject")).isEqualTo(crn);
            }

            JsonNode linked = JSON.readTree(mine.get(1).value());
            assertThat(linked.path("contactId").asText()).isEqualTo(early);
            assertThat(linked.path("rarRequirementId").asLong()).isEqualTo(requirement);
            assertThat(linked.path("version").asLong()).isEqualTo(1);

            JsonNode firstDay = JSON.readTree(mine.get(2).value());
            assertThat(firstDay.path("daysUsed").asInt()).isEqualTo(1);
            assertThat(firstDay.path("previousDaysUsed").asInt()).isZero();
            assertThat(firstDay.path("rarDays").get(0).asText()).isEqualTo(today().minusDays(2).toString());

            JsonNode beyond = JSON.readTree(mine.get(4).value());
            assertThat(beyond.path("daysUsed").asInt()).isEqualTo(1);
            assertThat(beyond.path("daysBeyondMaximum").asInt()).isEqualTo(1);

            JsonNode outcome = JSON.readTree(mine.get(5).value());
            assertThat(outcome.path("previousOutcome").asText()).isEqualTo("ATTENDED_COMPLIED");
            assertThat(outcome.path("outcome").asText()).isEqualTo("ACCEPTABLE_ABSENCE");
            assertThat(outcome.path("urn").asText()).isEqualTo("urn:hmpps:structured-interventions:contact:" + early);
            assertThat(outcome.path("version").asLong()).isEqualTo(2);

            JsonNode afterAbsence = JSON.readTree(mine.get(6).value());
            assertThat(afterAbsence.path("rarDays").get(0).asText()).isEqualTo(today().toString());
            assertThat(afterAbsence.path("daysBeyondMaximum").asInt()).isZero();

            JsonNode fromModule = JSON.readTree(mine.get(7).value());
            assertThat(fromModule.path("source").asText()).isEqualTo("READINESS_SERVICE");
            assertThat(fromModule.path("rarRequirementId").asLong()).isEqualTo(requirement);
            as(Roles.DELIUS_SYNC).get("/contacts/" + later).then().statusCode(200);
        }
    }

    private static List<ConsumerRecord<String, String>> ofPerson(List<ConsumerRecord<String, String>> events,
            String crn) {
        return events.stream().filter(e -> crn.equals(e.key())).toList();
    }
}
