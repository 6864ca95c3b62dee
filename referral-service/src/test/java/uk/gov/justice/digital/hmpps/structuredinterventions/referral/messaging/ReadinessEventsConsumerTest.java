package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.awaitCatalogue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.awaitStatus;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.details;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.status;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.submitted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.CatalogueEventFixtures.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Readiness reports from the broker move referrals, whatever their order and however often they arrive. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ReadinessEventsConsumerTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-16T10:00:00Z");

    private static String awaitingReadiness(String crn) {
        Intervention intervention = new Intervention();
        intervention.publish("structured-interventions.intervention.published", 1);
        awaitCatalogue(intervention.id(), 1);
        return submitted(details(crn, intervention.id()));
    }

    @Test
    void module_completed_and_assessed_ready_make_the_referral_ready_to_allocate_in_either_order() {
        String crn = Crns.random();
        String id = awaitingReadiness(crn);
        try (TopicProbe probe = TopicProbe.open("referral.events")) {
            ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), true);
            // Assessed ready but the module is not complete: the referral still waits.
            String completed = ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
            awaitStatus(id, "READY_TO_ALLOCATE");
            String type = "structured-interventions.referral.status-changed";
            ConsumerRecord<String, String> event = probe.await(received -> received.stream()
                    .anyMatch(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type"))), Duration.ofSeconds(30))
                    .stream().filter(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type"))).findFirst()
                    .orElseThrow();
            EventSchemas.assertValid("referral-status-changed.schema.json", event.value());
            assertThat(event.value()).containsPattern("\"from\": ?\"AWAITING_READINESS\"")
                    .containsPattern("\"to\": ?\"READY_TO_ALLOCATE\"");

            // The same events again, and a stale not-ready assessment, change nothing.
            EventFeed.resend(completed);
            String stale = ReadinessEventFixtures.assessed(crn, MONDAY, false, "MOTIVATION");
            EventFeed.resend(stale);
            String marker = ReadinessEventFixtures.assessed(Crns.random(), MONDAY, true);
            TestDatabase.awaitHandled(marker);
            assertThat(status(id)).isEqualTo("READY_TO_ALLOCATE");
            assertThat(probe.drain(Duration.ofSeconds(1))).filteredOn(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type")))
                    .as("one move, however often the reports came").hasSize(1);
        }
        as(Roles.READ_ONLY).get("/referrals/" + id + "/history").then()
                .body("to", contains("DRAFT", "AWAITING_READINESS", "READY_TO_ALLOCATE"))
                .body("[2].changedBy", is("readiness-service"))
                .body("[2].trigger", is("READINESS_EVENT"));
        as(Roles.TREATMENT_MANAGER).body(Map.of("to", "ALLOCATED")).post("/referrals/" + id + "/transitions").then()
                .statusCode(200).body("status", is("ALLOCATED"));
    }

    @Test
    void assessed_not_ready_pauses_the_referral_with_the_barriers_until_a_later_assessment_finds_the_person_ready() {
        String crn = Crns.random();
        String id = awaitingReadiness(crn);
        ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
        ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), false, "WORK_PATTERN", "TECHNOLOGY_ACCESS");
        awaitStatus(id, "SUITABLE_BUT_NOT_READY");
        as(Roles.READ_ONLY).get("/referrals/" + id).then()
                .body("readinessBarriers", contains("WORK_PATTERN", "TECHNOLOGY_ACCESS"));
        ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(8), true);
        awaitStatus(id, "READY_TO_ALLOCATE");
        as(Roles.READ_ONLY).get("/referrals/" + id).then().body("readinessBarriers", org.hamcrest.Matchers.empty());
    }

    @Test
    void a_person_already_complete_and_ready_is_ready_to_allocate_as_soon_as_a_new_referral_is_submitted() {
        String crn = Crns.random();
        ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
        String marker = ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), true);
        TestDatabase.awaitHandled(marker);
        String id = awaitingReadiness(crn);
        assertThat(status(id)).isEqualTo("READY_TO_ALLOCATE");
    }

    @Test
    void the_practitioner_may_send_a_paused_referral_back_to_await_readiness_with_a_reason() {
        String crn = Crns.random();
        String id = awaitingReadiness(crn);
        ReadinessEventFixtures.assessed(crn, MONDAY, false, "MOTIVATION");
        awaitStatus(id, "SUITABLE_BUT_NOT_READY");
        as(Roles.PRACTITIONER).body(Map.of("to", "AWAITING_READINESS"))
                .post("/referrals/" + id + "/transitions").then().statusCode(422).body("errors[0].field", is("reason"));
        as(Roles.PRACTITIONER).body(Map.of("to", "AWAITING_READINESS", "reason", "Sentence plan reassessed"))
                .post("/referrals/" + id + "/transitions").then().statusCode(200).body("status", is("AWAITING_READINESS"));
    }
}
