package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Eventually;
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
            ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), List.of(id), true);
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
            String stale = ReadinessEventFixtures.assessed(crn, MONDAY, List.of(id), false, "MOTIVATION");
            EventFeed.resend(stale);
            String marker = ReadinessEventFixtures.assessed(Crns.random(), MONDAY, List.of(), true);
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
        ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), List.of(id), false, "WORK_PATTERN", "TECHNOLOGY_ACCESS");
        awaitStatus(id, "SUITABLE_BUT_NOT_READY");
        as(Roles.READ_ONLY).get("/referrals/" + id).then()
                .body("readinessBarriers", contains("WORK_PATTERN", "TECHNOLOGY_ACCESS"));
        ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(8), List.of(id), true);
        awaitStatus(id, "READY_TO_ALLOCATE");
        as(Roles.READ_ONLY).get("/referrals/" + id).then().body("readinessBarriers", org.hamcrest.Matchers.empty());
    }

    @Test
    void a_referral_submitted_after_the_person_was_assessed_ready_waits_for_an_assessment_made_for_it() {
        String crn = Crns.random();
        String earlier = awaitingReadiness(crn);
        ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
        ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), List.of(earlier), true);
        awaitStatus(earlier, "READY_TO_ALLOCATE");

        String later = awaitingReadiness(crn);
        assertThat(status(later)).isEqualTo("AWAITING_READINESS");
        as(Roles.READ_ONLY).get("/referrals/" + later).then().body("readinessAssessment", nullValue());
        String another = ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(2), List.of(earlier), true);
        TestDatabase.awaitHandled(another);
        assertThat(status(later)).as("an assessment made for the earlier referral alone").isEqualTo("AWAITING_READINESS");

        // The module is not repeated: its completion counts for the later referral once it is assessed for it.
        String assessment = ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(20), List.of(later), true);
        awaitStatus(later, "READY_TO_ALLOCATE");
        as(Roles.READ_ONLY).get("/referrals/" + later).then()
                .body("readinessAssessment.ready", is(true))
                .body("readinessAssessment.assessedAt", notNullValue());
        assertThat(TestDatabase.handled(assessment)).isTrue();
    }

    @Test
    void an_assessment_moves_only_the_referrals_it_names() {
        String crn = Crns.random();
        String named = awaitingReadiness(crn);
        String other = awaitingReadiness(crn);
        ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
        String assessment = ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), List.of(named, UUID.randomUUID()
                .toString()), false, "MOTIVATION");
        awaitStatus(named, "SUITABLE_BUT_NOT_READY");
        TestDatabase.awaitHandled(assessment);
        assertThat(status(other)).isEqualTo("AWAITING_READINESS");
    }

    @Test
    void an_assessment_naming_no_referrals_from_before_they_were_named_stands_for_those_submitted_by_then() {
        String crn = Crns.random();
        String id = awaitingReadiness(crn);
        ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
        String before = ReadinessEventFixtures.assessedNamingNoReferrals(crn, MONDAY.plusDays(1), false, "MOTIVATION");
        TestDatabase.awaitHandled(before);
        assertThat(status(id)).as("made before the referral was submitted").isEqualTo("AWAITING_READINESS");

        ReadinessEventFixtures.assessedNamingNoReferrals(crn, OffsetDateTime.now().plusMinutes(1), true);
        awaitStatus(id, "READY_TO_ALLOCATE");
    }

    @Test
    void a_later_not_ready_takes_a_referral_ready_to_allocate_back_to_suitable_but_not_ready() {
        String crn = Crns.random();
        String id = awaitingReadiness(crn);
        ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
        ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), List.of(id), true);
        awaitStatus(id, "READY_TO_ALLOCATE");
        try (TopicProbe probe = TopicProbe.open("referral.events")) {
            ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(5), List.of(id), false, "SUBSTANCE_MISUSE");
            awaitStatus(id, "SUITABLE_BUT_NOT_READY");
            ConsumerRecord<String, String> event = first(probe, crn, "structured-interventions.referral.status-changed");
            EventSchemas.assertValid("referral-status-changed.schema.json", event.value());
            assertThat(event.value()).containsPattern("\"from\": ?\"READY_TO_ALLOCATE\"")
                    .containsPattern("\"to\": ?\"SUITABLE_BUT_NOT_READY\"");
        }
        as(Roles.READ_ONLY).get("/referrals/" + id).then()
                .body("readinessBarriers", contains("SUBSTANCE_MISUSE"))
                .body("readinessConcern", nullValue());
        as(Roles.READ_ONLY).get("/referrals/" + id + "/history").then()
                .body("to", contains("DRAFT", "AWAITING_READINESS", "READY_TO_ALLOCATE", "SUITABLE_BUT_NOT_READY"))
                .body("[3].trigger", is("READINESS_EVENT"));
        as(Roles.TREATMENT_MANAGER).body(Map.of("to", "ALLOCATED")).post("/referrals/" + id + "/transitions").then()
                .statusCode(409);
    }

    @Test
    void a_later_not_ready_on_an_allocated_referral_keeps_it_allocated_and_raises_a_concern_for_the_treatment_manager() {
        String crn = Crns.random();
        String id = awaitingReadiness(crn);
        ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
        ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), List.of(id), true);
        awaitStatus(id, "READY_TO_ALLOCATE");
        as(Roles.TREATMENT_MANAGER).body(Map.of("to", "ALLOCATED")).post("/referrals/" + id + "/transitions").then()
                .statusCode(200);
        String type = "structured-interventions.referral.readiness-concern-raised";
        try (TopicProbe probe = TopicProbe.open("referral.events")) {
            String notReady = ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(9), List.of(id), false,
                    "WORK_PATTERN");
            ConsumerRecord<String, String> event = first(probe, crn, type);
            EventSchemas.assertValid("referral-readiness-concern-raised.schema.json", event.value());
            assertThat(event.value()).containsPattern("\"to\": ?\"ALLOCATED\"").contains("WORK_PATTERN");

            EventFeed.resend(notReady);
            String marker = ReadinessEventFixtures.assessed(Crns.random(), MONDAY, List.of(), true);
            TestDatabase.awaitHandled(marker);
            assertThat(probe.drain(Duration.ofSeconds(1))).filteredOn(r -> crn.equals(r.key())
                    && type.equals(header(r, "ce_type"))).as("one concern, however often the report came").hasSize(1);
        }
        as(Roles.READ_ONLY).get("/referrals/" + id).then()
                .body("status", is("ALLOCATED"))
                .body("readinessConcern.barriers", contains("WORK_PATTERN"))
                .body("readinessConcern.assessedAt", notNullValue())
                .body("readinessConcern.assessmentId", notNullValue());

        ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(12), List.of(id), true);
        Eventually.until("the concern is cleared", () -> as(Roles.READ_ONLY).get("/referrals/" + id).then()
                .extract().path("readinessConcern") == null);
        assertThat(status(id)).isEqualTo("ALLOCATED");
    }

    private static ConsumerRecord<String, String> first(TopicProbe probe, String crn, String type) {
        return probe.await(received -> received.stream()
                .anyMatch(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type"))), Duration.ofSeconds(30))
                .stream().filter(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type"))).findFirst()
                .orElseThrow();
    }

    @Test
    void the_practitioner_may_send_a_paused_referral_back_to_await_readiness_with_a_reason() {
        String crn = Crns.random();
        String id = awaitingReadiness(crn);
        ReadinessEventFixtures.assessed(crn, MONDAY, List.of(id), false, "MOTIVATION");
        awaitStatus(id, "SUITABLE_BUT_NOT_READY");
        as(Roles.PRACTITIONER).body(Map.of("to", "AWAITING_READINESS"))
                .post("/referrals/" + id + "/transitions").then().statusCode(422).body("errors[0].field", is("reason"));
        as(Roles.PRACTITIONER).body(Map.of("to", "AWAITING_READINESS", "reason", "Sentence plan reassessed"))
                .post("/referrals/" + id + "/transitions").then().statusCode(200).body("status", is("AWAITING_READINESS"));
    }

    @Test
    void a_later_not_ready_on_a_referral_on_the_programme_raises_a_concern_and_none_reaches_a_deprioritised_one() {
        String crn = Crns.random();
        String id = awaitingReadiness(crn);
        ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
        ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), List.of(id), true);
        awaitStatus(id, "READY_TO_ALLOCATE");
        as(Roles.TREATMENT_MANAGER).body(Map.of("to", "ALLOCATED")).post("/referrals/" + id + "/transitions").then()
                .statusCode(200);
        as(Roles.TREATMENT_MANAGER).body(Map.of("to", "ON_PROGRAMME")).post("/referrals/" + id + "/transitions").then()
                .statusCode(200);
        String held = awaitingReadiness(crn);
        as(Roles.TREATMENT_MANAGER).body(Map.of("to", "DEPRIORITISED", "reason", "Not a priority for now"))
                .post("/referrals/" + held + "/transitions").then().statusCode(200);
        try (TopicProbe probe = TopicProbe.open("referral.events")) {
            ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(9), List.of(id, held), false, "ABILITY_TO_ATTEND");
            ConsumerRecord<String, String> event = first(probe, crn,
                    "structured-interventions.referral.readiness-concern-raised");
            EventSchemas.assertValid("referral-readiness-concern-raised.schema.json", event.value());
            assertThat(event.value()).containsPattern("\"to\": ?\"ON_PROGRAMME\"").contains(id).doesNotContain(held);
            String ready = ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(10), List.of(held), true);
            TestDatabase.awaitHandled(ready);
            assertThat(probe.drain(Duration.ofSeconds(1))).filteredOn(r -> crn.equals(r.key()))
                    .as("nothing about the deprioritised referral").noneMatch(r -> r.value().contains(held));
        }
        assertThat(status(id)).isEqualTo("ON_PROGRAMME");
        as(Roles.READ_ONLY).get("/referrals/" + held).then().body("status", is("DEPRIORITISED"))
                .body("readinessConcern", nullValue()).body("readinessAssessment", nullValue());
    }
}
