package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.asUser;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.ALL_EXERCISES;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.PROGRAMME_MANAGER_USER;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.appoint;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.byAppointee;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.byPractitioner;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.completion;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.followUp;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduce;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.session;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.today;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging.ReferralEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * The guidance's whole path over REST, as a practitioner would take it, with every event it publishes read back from
 * the broker and checked against its schema.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ReadinessJourneyTest {

    @Test
    void introduce_refer_follow_up_complete_revisit_and_assess_publish_one_event_each_keyed_by_the_crn() {
        String crn = Crns.random();
        try (TopicProbe probe = TopicProbe.open("readiness.events")) {
            introduce(crn, false);
            UUID referral = ReferralEventFixtures.referred(crn);
            Map<String, Object> extended = new LinkedHashMap<>(followUp("EXTENDED", false, ALL_EXERCISES));
            extended.put("probationServiceDeviceUsed", true);
            String mentor = "MENTOR_" + UUID.randomUUID();
            String appointment = appoint(mentor, "Sam Mentor", "PEER_MENTOR");
            extended.put("deliveredBy", byAppointee("Sam Mentor", "PEER_MENTOR", appointment));
            Map<String, Object> missed = new LinkedHashMap<>(followUp("EXTENDED", false, List.of()));
            missed.put("attendance", "FAILED_TO_ATTEND");
            as(Roles.PRACTITIONER).body(missed).post(path(crn) + "/follow-ups").then().statusCode(201);
            asUser(mentor, Roles.PEER_MENTOR).body(extended).post(path(crn) + "/follow-ups").then().statusCode(201);
            as(Roles.PRACTITIONER).body(completion()).post(path(crn) + "/completion").then().statusCode(201);
            as(Roles.PRACTITIONER).body(Map.of("session", session(today()), "deliveredBy", byPractitioner(),
                    "exercisesRevisited", List.of("GETTING_READY"))).post(path(crn) + "/revisits").then().statusCode(201);
            as(Roles.PRACTITIONER).body(Map.of("ready", false, "barriers", List.of("SUBSTANCE_MISUSE"), "notes", "Relapse"))
                    .post(path(crn) + "/assessments").then().statusCode(201);
            as(Roles.PRACTITIONER).body(Map.of("ready", true)).post(path(crn) + "/assessments").then().statusCode(201)
                    .body("status", is("READY"));

            List<String> expected = List.of("module-introduced", "follow-up-completed", "follow-up-completed",
                    "module-completed", "module-revisited", "assessed", "concern-raised", "assessed");
            List<ConsumerRecord<String, String>> events = probe.await(received -> ofPerson(received, crn).size()
                    >= expected.size(), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> mine = ofPerson(events, crn);
            assertThat(mine).extracting(r -> header(r, "ce_type").substring("structured-interventions.readiness.".length()))
                    .containsExactlyElementsOf(expected);
            for (ConsumerRecord<String, String> event : mine) {
                EventSchemas.assertValidEvent(event);
                assertThat(header(event, "ce_subject")).isEqualTo(crn);
                assertThat(event.value()).contains("/people/" + crn + "/readiness");
            }
            assertThat(mine.get(1).value()).containsPattern("\"preWorkContact\": ?false");
            assertThat(mine.get(2).value()).containsPattern("\"preWorkContact\": ?true")
                    .contains(referral.toString()).containsPattern("\"appointmentId\": ?\"" + appointment + "\"")
                    .containsPattern("\"appointedBy\": ?\"" + PROGRAMME_MANAGER_USER + "\"")
                    .containsPattern("\"recordedBy\": ?\"" + mentor + "\"");
            assertThat(mine.get(3).value()).containsPattern("\"completedOn\": ?\"" + today() + "\"");
            assertThat(mine.get(5).value()).doesNotContain("Relapse")
                    .as("made for the referral open at the time").containsPattern("\"referralIds\": ?\\[\"" + referral + "\"\\]");
            assertThat(mine.get(6).value()).as("the region of the referral the assessment was made for")
                    .containsPattern("\"regions\": ?\\[\"london\"\\]");
        }
        as(Roles.READ_ONLY).get(path(crn)).then().statusCode(200)
                .body("assessments.size()", is(2))
                .body("followUps.size()", is(2))
                .body("revisits.size()", is(1));
    }

    private static List<ConsumerRecord<String, String>> ofPerson(List<ConsumerRecord<String, String>> records,
            String crn) {
        return records.stream().filter(r -> crn.equals(r.key())).toList();
    }
}
