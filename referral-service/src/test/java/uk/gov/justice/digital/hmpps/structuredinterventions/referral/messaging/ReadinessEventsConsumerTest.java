package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.ReadinessReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.Referrals.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.Referrals.await;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.Referrals.awaitCatalogue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.Referrals.details;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.Referrals.practitioner;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.Referrals.status;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.Referrals.submitted;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.Referrals.treatmentManager;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.Feeds.randomCrn;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Readiness reports from the broker move referrals, whatever their order and however often they arrive. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ReadinessEventsConsumerTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-16T10:00:00Z");

    private static String awaitingReadiness(String crn) {
        Feeds.Intervention intervention = new Feeds.Intervention();
        intervention.publish("structured-interventions.intervention.published", 1);
        awaitCatalogue(intervention.id(), 1);
        return submitted(details(crn, intervention.id()));
    }

    @Test
    void module_completed_and_assessed_ready_make_the_referral_ready_to_allocate_in_either_order() {
        String crn = randomCrn();
        String id = awaitingReadiness(crn);
        try (TopicProbe probe = TopicProbe.open("referral.events")) {
            Feeds.assessed(crn, MONDAY.plusDays(1), true);
            // Assessed ready but the module is not complete: the referral still waits.
            String completed = Feeds.moduleCompleted(crn, MONDAY);
            await(() -> "READY_TO_ALLOCATE".equals(status(id)));
            String type = "structured-interventions.referral.status-changed";
            ConsumerRecord<String, String> event = probe.await(received -> received.stream()
                    .anyMatch(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type"))), Duration.ofSeconds(30))
                    .stream().filter(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type"))).findFirst()
                    .orElseThrow();
            EventSchemas.assertValid("referral-status-changed.schema.json", event.value());
            assertThat(event.value()).containsPattern("\"from\": ?\"AWAITING_READINESS\"")
                    .containsPattern("\"to\": ?\"READY_TO_ALLOCATE\"");

            // The same events again, and a stale not-ready assessment, change nothing.
            Feeds.resend(completed, ReadinessReports.MODULE_COMPLETED);
            String stale = Feeds.assessed(crn, MONDAY, false, "MOTIVATION");
            Feeds.resend(stale, ReadinessReports.ASSESSED);
            String marker = Feeds.assessed(randomCrn(), MONDAY, true);
            awaitHandled(marker);
            assertThat(status(id)).isEqualTo("READY_TO_ALLOCATE");
            assertThat(probe.drain(Duration.ofSeconds(1))).filteredOn(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type")))
                    .as("one move, however often the reports came").hasSize(1);
        }
        as(Roles.READ_ONLY).get("/referrals/" + id + "/history").then()
                .body("to", contains("DRAFT", "AWAITING_READINESS", "READY_TO_ALLOCATE"))
                .body("[2].changedBy", is("readiness-service"))
                .body("[2].trigger", is("READINESS_EVENT"));
        treatmentManager().body(Map.of("to", "ALLOCATED")).post("/referrals/" + id + "/transitions").then()
                .statusCode(200).body("status", is("ALLOCATED"));
    }

    @Test
    void assessed_not_ready_pauses_the_referral_with_the_barriers_until_a_later_assessment_finds_the_person_ready() {
        String crn = randomCrn();
        String id = awaitingReadiness(crn);
        Feeds.moduleCompleted(crn, MONDAY);
        Feeds.assessed(crn, MONDAY.plusDays(1), false, "WORK_PATTERN", "TECHNOLOGY_ACCESS");
        await(() -> "SUITABLE_BUT_NOT_READY".equals(status(id)));
        as(Roles.READ_ONLY).get("/referrals/" + id).then()
                .body("readinessBarriers", contains("WORK_PATTERN", "TECHNOLOGY_ACCESS"));
        Feeds.assessed(crn, MONDAY.plusDays(8), true);
        await(() -> "READY_TO_ALLOCATE".equals(status(id)));
        as(Roles.READ_ONLY).get("/referrals/" + id).then().body("readinessBarriers", org.hamcrest.Matchers.empty());
    }

    @Test
    void a_person_already_complete_and_ready_is_ready_to_allocate_as_soon_as_a_new_referral_is_submitted() {
        String crn = randomCrn();
        Feeds.moduleCompleted(crn, MONDAY);
        String marker = Feeds.assessed(crn, MONDAY.plusDays(1), true);
        awaitHandled(marker);
        String id = awaitingReadiness(crn);
        assertThat(status(id)).isEqualTo("READY_TO_ALLOCATE");
    }

    @Test
    void the_practitioner_may_send_a_paused_referral_back_to_await_readiness_with_a_reason() {
        String crn = randomCrn();
        String id = awaitingReadiness(crn);
        Feeds.assessed(crn, MONDAY, false, "MOTIVATION");
        await(() -> "SUITABLE_BUT_NOT_READY".equals(status(id)));
        practitioner().body(Map.of("to", "AWAITING_READINESS"))
                .post("/referrals/" + id + "/transitions").then().statusCode(422).body("errors[0].field", is("reason"));
        practitioner().body(Map.of("to", "AWAITING_READINESS", "reason", "Sentence plan reassessed"))
                .post("/referrals/" + id + "/transitions").then().statusCode(200).body("status", is("AWAITING_READINESS"));
    }

    private static void awaitHandled(String eventId) {
        await(() -> TestDatabase.handled(eventId));
    }
}
