package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.asUser;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.awaitCatalogue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.awaitStatus;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.details;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.draft;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.submitted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.CatalogueEventFixtures.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.ReadinessEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ReferralResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** A published Structured Intervention offered in London, in the referral service's copy of the catalogue. */
    static Intervention published() {
        Intervention intervention = new Intervention();
        intervention.publish("structured-interventions.intervention.published", 1);
        awaitCatalogue(intervention.id(), 1);
        return intervention;
    }

    @Nested
    class Drafting_a_referral {

        @Test
        void answers_201_with_the_draft_naming_the_referrer() {
            Intervention intervention = published();
            String crn = Crns.random();
            as(Roles.PRACTITIONER).body(details(crn, intervention.id())).post("/referrals").then().statusCode(201)
                    .header("Location", containsString("/referrals/"))
                    .header("ETag", is("\"0\""))
                    .body("status", is("DRAFT"))
                    .body("crn", is(crn))
                    .body("interventionName", is(intervention.name()))
                    .body("referredBy", is("A_PRACTITIONER"));
        }

        @Test
        void a_malformed_crn_and_missing_facts_are_a_400_naming_each() {
            Map<String, Object> details = details("x12345", java.util.UUID.randomUUID());
            details.remove("riskOfRecidivism");
            details.put("dateOfBirth", LocalDate.now().plusDays(1).toString());
            as(Roles.PRACTITIONER).body(details).post("/referrals").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("crn", "dateOfBirth", "riskOfRecidivism"));
        }

        @Test
        void a_draft_is_changed_with_if_match_and_a_stale_one_is_a_412() {
            Intervention intervention = published();
            String id = draft(details(Crns.random(), intervention.id()));
            Map<String, Object> changed = details(Crns.random(), intervention.id());
            changed.put("deliveryMode", "ONLINE");
            as(Roles.PRACTITIONER).header("If-Match", "\"0\"").body(changed).put("/referrals/" + id).then().statusCode(200)
                    .body("deliveryMode", is("ONLINE"));
            as(Roles.PRACTITIONER).header("If-Match", "\"0\"").body(changed).put("/referrals/" + id).then().statusCode(412);
        }

        @Test
        void a_treatment_manager_cannot_draft_one() {
            as(Roles.TREATMENT_MANAGER).body(details(Crns.random(), java.util.UUID.randomUUID())).post("/referrals").then()
                    .statusCode(403);
        }
    }

    @Nested
    class Submitting_a_referral {

        @Test
        void an_eligible_referral_awaits_readiness_and_puts_one_submitted_event_on_the_broker() {
            Intervention intervention = published();
            String crn = Crns.random();
            String id = draft(details(crn, intervention.id()));
            try (TopicProbe probe = TopicProbe.open("referral.events")) {
                as(Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(200)
                        .body("status", is("AWAITING_READINESS"))
                        .body("submittedAt", org.hamcrest.Matchers.notNullValue());
                probe.await(received -> received.stream().anyMatch(r -> crn.equals(r.key())), Duration.ofSeconds(30));
                List<ConsumerRecord<String, String>> mine = probe.drain(Duration.ofSeconds(1)).stream()
                        .filter(r -> crn.equals(r.key())).toList();
                assertThat(mine).hasSize(1);
                ConsumerRecord<String, String> event = mine.get(0);
                assertThat(header(event, "ce_type")).isEqualTo("structured-interventions.referral.submitted");
                assertThat(header(event, "ce_subject")).isEqualTo(id);
                EventSchemas.assertValid("referral-submitted.schema.json", event.value());
                assertThat(event.value()).contains(crn).contains("/referrals/" + id);
            }
            as(Roles.READ_ONLY).get("/referrals/" + id + "/history").then().statusCode(200)
                    .body("to", contains("DRAFT", "AWAITING_READINESS"))
                    .body("[1].trigger", is("SUBMISSION"));
        }

        @Test
        void a_medium_risk_person_unsuitable_for_an_accredited_programme_may_be_referred() {
            Intervention intervention = published();
            Map<String, Object> details = details(Crns.random(), intervention.id());
            details.put("riskOfRecidivism", "MEDIUM");
            details.put("unsuitableForAccreditedProgramme", true);
            details.put("unsuitableForAccreditedProgrammeReason", "Learning needs the programme cannot meet.");
            as(Roles.PRACTITIONER).post("/referrals/" + draft(details) + "/submit").then().statusCode(200);
        }

        @Test
        void an_intervention_not_in_the_catalogue_is_refused() {
            String id = draft(details(Crns.random(), java.util.UUID.randomUUID()));
            as(Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(422).contentType(PROBLEM)
                    .body("errors[0].field", is("interventionId"))
                    .body("errors[0].message", is("is not an intervention in the catalogue"));
        }

        @Test
        void a_withdrawn_intervention_is_refused() {
            Intervention intervention = published();
            intervention.status("WITHDRAWN").publish("structured-interventions.intervention.withdrawn", 2);
            awaitCatalogue(intervention.id(), 2);
            String id = draft(details(Crns.random(), intervention.id()));
            as(Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(422)
                    .body("errors.message", hasItem(containsString("is WITHDRAWN in the catalogue")));
        }

        @Test
        void an_accredited_programme_is_refused() {
            Intervention programme = new Intervention().type("ACCREDITED_PROGRAMME");
            programme.publish("structured-interventions.intervention.published", 1);
            awaitCatalogue(programme.id(), 1);
            as(Roles.PRACTITIONER).post("/referrals/" + draft(details(Crns.random(), programme.id())) + "/submit").then()
                    .statusCode(422).body("errors.message", hasItem(containsString("is not a Structured Intervention")));
        }

        @Test
        void a_region_format_or_mode_not_offered_is_refused_naming_each() {
            Intervention intervention = published();
            Map<String, Object> elsewhere = details(Crns.random(), intervention.id());
            elsewhere.put("region", "wales");
            as(Roles.PRACTITIONER).post("/referrals/" + draft(elsewhere) + "/submit").then().statusCode(422)
                    .body("errors.field", contains("region"));
            Map<String, Object> oneToOne = details(Crns.random(), intervention.id());
            oneToOne.put("deliveryFormat", "ONE_TO_ONE");
            as(Roles.PRACTITIONER).post("/referrals/" + draft(oneToOne) + "/submit").then().statusCode(422)
                    .body("errors.field", contains("deliveryFormat"));
        }

        @Test
        void a_person_outside_the_age_range_sex_or_cohort_is_refused_naming_each() {
            Intervention intervention = new Intervention().ages(18, 25).sexes("MALE").cohorts("DRINK_DRIVING");
            intervention.publish("structured-interventions.intervention.published", 1);
            awaitCatalogue(intervention.id(), 1);
            Map<String, Object> details = details(Crns.random(), intervention.id());
            details.put("sex", "FEMALE");
            as(Roles.PRACTITIONER).post("/referrals/" + draft(details) + "/submit").then().statusCode(422)
                    .body("errors.field", contains("dateOfBirth", "sex", "offenceCohorts"))
                    .body("errors[0].message", containsString("is for people aged 25 or under"));
        }

        @Test
        void a_person_not_at_low_risk_and_suitable_for_an_accredited_programme_is_refused() {
            Intervention intervention = published();
            Map<String, Object> details = details(Crns.random(), intervention.id());
            details.put("riskOfRecidivism", "HIGH");
            as(Roles.PRACTITIONER).post("/referrals/" + draft(details) + "/submit").then().statusCode(422)
                    .body("errors.field", contains("riskOfRecidivism"));
        }

        @Test
        void a_second_active_referral_of_the_person_to_the_intervention_is_a_409() {
            Intervention intervention = published();
            String crn = Crns.random();
            submitted(details(crn, intervention.id()));
            as(Roles.PRACTITIONER).post("/referrals/" + draft(details(crn, intervention.id())) + "/submit").then()
                    .statusCode(409).contentType(PROBLEM);
        }

        @Test
        void a_submitted_referral_is_not_submitted_again_or_edited() {
            Intervention intervention = published();
            Map<String, Object> details = details(Crns.random(), intervention.id());
            String id = submitted(details);
            as(Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(409);
            as(Roles.PRACTITIONER).body(details).put("/referrals/" + id).then().statusCode(409);
        }
    }

    @Nested
    class Moving_a_referral {

        @Test
        void the_practitioner_withdraws_with_a_reason_code_and_a_withdrawn_event_is_published() {
            Intervention intervention = published();
            String crn = Crns.random();
            String id = submitted(details(crn, intervention.id()));
            as(Roles.PRACTITIONER).body(Map.of("to", "WITHDRAWN", "reason", "Moved away"))
                    .post("/referrals/" + id + "/transitions").then().statusCode(422)
                    .body("errors.field", contains("reasonCode"));
            try (TopicProbe probe = TopicProbe.open("referral.events")) {
                as(Roles.PRACTITIONER).body(Map.of("to", "WITHDRAWN", "reasonCode", "SENTENCE_ENDED", "reason", "Order ended"))
                        .post("/referrals/" + id + "/transitions").then().statusCode(200).body("status", is("WITHDRAWN"));
                String type = "structured-interventions.referral.withdrawn";
                ConsumerRecord<String, String> event = probe.await(received -> received.stream()
                        .anyMatch(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type"))), Duration.ofSeconds(30))
                        .stream().filter(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type"))).findFirst()
                        .orElseThrow();
                EventSchemas.assertValid("referral-withdrawn.schema.json", event.value());
            }
            as(Roles.READ_ONLY).get("/referrals/" + id + "/history").then()
                    .body("[2].reasonCode", is("SENTENCE_ENDED")).body("[2].changedBy", is("A_PRACTITIONER"));
        }

        @Test
        void a_draft_is_discarded_by_withdrawing_it_with_a_reason() {
            String crn = Crns.random();
            Map<String, Object> details = details(crn, java.util.UUID.randomUUID());
            String id = draft(details);
            try (TopicProbe probe = TopicProbe.open("referral.events")) {
                as(Roles.PRACTITIONER).body(Map.of("to", "WITHDRAWN", "reasonCode", "REFERRED_IN_ERROR", "reason", "Wrong person"))
                        .post("/referrals/" + id + "/transitions").then().statusCode(200).body("status", is("WITHDRAWN"));
                String event = event(probe, crn, "structured-interventions.referral.withdrawn",
                        "referral-withdrawn.schema.json");
                assertThat(io.restassured.path.json.JsonPath.from(event).getString("from")).isEqualTo("DRAFT");
            }
            as(Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(409);
            as(Roles.PRACTITIONER).body(details).put("/referrals/" + id).then().statusCode(409);
        }

        @Test
        void a_move_the_table_does_not_allow_is_a_409_and_a_move_by_the_wrong_role_a_403() {
            Intervention intervention = published();
            String id = submitted(details(Crns.random(), intervention.id()));
            as(Roles.TREATMENT_MANAGER).body(Map.of("to", "COMPLETED")).post("/referrals/" + id + "/transitions").then()
                    .statusCode(409);
            as(Roles.TREATMENT_MANAGER).body(Map.of("to", "WITHDRAWN", "reasonCode", "OTHER", "reason", "x"))
                    .post("/referrals/" + id + "/transitions").then().statusCode(403).contentType(PROBLEM);
            assertThat(ReferralFixtures.status(id)).isEqualTo("AWAITING_READINESS");
        }
    }

    /** Moves the referral by hand as the role, expecting the status code. */
    private static void move(String id, String role, Map<String, Object> body, int expected) {
        as(role).body(body).post("/referrals/" + id + "/transitions").then().statusCode(expected);
    }

    /** The first event of the type about the person, checked against its schema. */
    private static String event(TopicProbe probe, String crn, String type, String schema) {
        ConsumerRecord<String, String> event = probe.await(received -> received.stream()
                .anyMatch(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type"))), Duration.ofSeconds(30))
                .stream().filter(r -> crn.equals(r.key()) && type.equals(header(r, "ce_type"))).findFirst()
                .orElseThrow();
        EventSchemas.assertValid(schema, event.value());
        return event.value();
    }

    /** A submitted referral the Treatment Manager allocated, the person having completed the module and been assessed ready. */
    private static String allocated(String crn, Intervention intervention) {
        String id = submitted(details(crn, intervention.id()));
        OffsetDateTime monday = OffsetDateTime.parse("2026-11-16T10:00:00Z");
        ReadinessEventFixtures.moduleCompleted(crn, monday);
        ReadinessEventFixtures.assessed(crn, monday.plusDays(1), List.of(id), true);
        awaitStatus(id, "READY_TO_ALLOCATE");
        move(id, Roles.TREATMENT_MANAGER, Map.of("to", "ALLOCATED"), 200);
        return id;
    }

    private static final String STATUS_CHANGED = "structured-interventions.referral.status-changed";

    @Nested
    class Moving_through_the_practitioners_lifecycle {

        @Test
        void the_treatment_manager_starts_a_person_on_the_programme_and_completes_it() {
            String crn = Crns.random();
            String id = allocated(crn, published());
            try (TopicProbe probe = TopicProbe.open("referral.events")) {
                move(id, Roles.PRACTITIONER, Map.of("to", "ON_PROGRAMME"), 403);
                move(id, Roles.TREATMENT_MANAGER, Map.of("to", "ON_PROGRAMME"), 200);
                assertThat(event(probe, crn, STATUS_CHANGED, "referral-status-changed.schema.json"))
                        .containsPattern("\"to\": ?\"ON_PROGRAMME\"");
            }
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "COMPLETED"), 200);
            as(Roles.READ_ONLY).get("/referrals/" + id + "/history").then()
                    .body("to", contains("DRAFT", "AWAITING_READINESS", "READY_TO_ALLOCATE", "ALLOCATED", "ON_PROGRAMME",
                            "COMPLETED"));
        }

        @Test
        void the_treatment_manager_deselects_with_a_deselection_reason_code_and_the_person_may_be_referred_again() {
            Intervention intervention = published();
            String crn = Crns.random();
            String id = allocated(crn, intervention);
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "ON_PROGRAMME"), 200);
            move(id, Roles.PRACTITIONER, Map.of("to", "DESELECTED", "reasonCode", "NOT_ENGAGING", "reason", "x"), 403);
            as(Roles.TREATMENT_MANAGER).body(Map.of("to", "DESELECTED", "reason", "Not engaging"))
                    .post("/referrals/" + id + "/transitions").then().statusCode(422)
                    .body("errors.field", contains("reasonCode"));
            as(Roles.TREATMENT_MANAGER).body(Map.of("to", "DESELECTED", "reasonCode", "PERSON_DECLINED", "reason", "x"))
                    .post("/referrals/" + id + "/transitions").then().statusCode(422)
                    .body("errors[0].field", is("reasonCode")).body("errors[0].message", containsString("NOT_ENGAGING"));
            try (TopicProbe probe = TopicProbe.open("referral.events")) {
                move(id, Roles.TREATMENT_MANAGER, Map.of("to", "DESELECTED", "reasonCode", "NOT_ENGAGING",
                        "reason", "Did not take part in four sessions"), 200);
                assertThat(event(probe, crn, STATUS_CHANGED, "referral-status-changed.schema.json"))
                        .containsPattern("\"to\": ?\"DESELECTED\"").containsPattern("\"reasonCode\": ?\"NOT_ENGAGING\"");
            }
            as(Roles.READ_ONLY).get("/referrals/" + id + "/history").then()
                    .body("[5].to", is("DESELECTED")).body("[5].reasonCode", is("NOT_ENGAGING"))
                    .body("[5].reason", is("Did not take part in four sessions"));
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "ON_PROGRAMME"), 409);
            // Closed: no longer the person's active referral to the intervention.
            as(Roles.PRACTITIONER).post("/referrals/" + draft(details(crn, intervention.id())) + "/submit").then()
                    .statusCode(200).body("status", is("AWAITING_READINESS"));
        }

        @Test
        void the_treatment_manager_ends_a_started_referral_without_completion_with_an_ending_reason_code() {
            Intervention intervention = published();
            String crn = Crns.random();
            String id = allocated(crn, intervention);
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "ENDED_WITHOUT_COMPLETION", "reasonCode",
                    "STOPPED_ATTENDING", "reason", "x"), 409);
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "ON_PROGRAMME"), 200);
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "ENDED_WITHOUT_COMPLETION", "reason", "Order ended"), 422);
            try (TopicProbe probe = TopicProbe.open("referral.events")) {
                move(id, Roles.TREATMENT_MANAGER, Map.of("to", "ENDED_WITHOUT_COMPLETION", "reasonCode", "ORDER_ENDED",
                        "reason", "The order ended before the last module"), 200);
                assertThat(event(probe, crn, STATUS_CHANGED, "referral-status-changed.schema.json"))
                        .containsPattern("\"to\": ?\"ENDED_WITHOUT_COMPLETION\"")
                        .containsPattern("\"reasonCode\": ?\"ORDER_ENDED\"");
            }
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "COMPLETED"), 409);
            as(Roles.PRACTITIONER).post("/referrals/" + draft(details(crn, intervention.id())) + "/submit").then()
                    .statusCode(200);
        }

        @Test
        void the_treatment_manager_deprioritises_with_a_reason_and_reprioritises_it_to_await_readiness() {
            Intervention intervention = published();
            String crn = Crns.random();
            String id = submitted(details(crn, intervention.id()));
            move(id, Roles.PRACTITIONER, Map.of("to", "DEPRIORITISED", "reason", "x"), 403);
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "DEPRIORITISED"), 422);
            try (TopicProbe probe = TopicProbe.open("referral.events")) {
                move(id, Roles.TREATMENT_MANAGER, Map.of("to", "DEPRIORITISED",
                        "reason", "Does not meet this quarter's prioritisation criteria"), 200);
                assertThat(event(probe, crn, STATUS_CHANGED, "referral-status-changed.schema.json"))
                        .containsPattern("\"to\": ?\"DEPRIORITISED\"");
            }
            // Held, but still the person's active referral to the intervention.
            as(Roles.PRACTITIONER).post("/referrals/" + draft(details(crn, intervention.id())) + "/submit").then()
                    .statusCode(409);
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "READY_TO_ALLOCATE"), 409);
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "AWAITING_READINESS", "reason", "Reprioritised"), 200);
            as(Roles.READ_ONLY).get("/referrals/" + id + "/history").then()
                    .body("to", contains("DRAFT", "AWAITING_READINESS", "DEPRIORITISED", "AWAITING_READINESS"))
                    .body("[2].changedBy", is("A_MANAGER"));
        }

        @Test
        void the_practitioner_records_a_recall_and_a_return_to_court_and_what_lets_the_referral_continue_or_ends_it() {
            Intervention intervention = published();
            String crn = Crns.random();
            String id = allocated(crn, intervention);
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "ON_PROGRAMME"), 200);
            move(id, Roles.TREATMENT_MANAGER, Map.of("to", "RECALLED", "reason", "x"), 403);
            move(id, Roles.PRACTITIONER, Map.of("to", "RECALLED"), 422);
            try (TopicProbe probe = TopicProbe.open("referral.events")) {
                move(id, Roles.PRACTITIONER, Map.of("to", "RECALLED", "reason", "Fixed-term recall, 14 days"), 200);
                assertThat(event(probe, crn, STATUS_CHANGED, "referral-status-changed.schema.json"))
                        .containsPattern("\"to\": ?\"RECALLED\"");
            }
            move(id, Roles.PRACTITIONER, Map.of("to", "ON_PROGRAMME"), 409);
            move(id, Roles.PRACTITIONER, Map.of("to", "AWAITING_READINESS", "reason", "Released; can continue"), 200);
            move(id, Roles.PRACTITIONER, Map.of("to", "RETURNED_TO_COURT", "reason", "Breach: missed appointments"),
                    200);
            try (TopicProbe probe = TopicProbe.open("referral.events")) {
                move(id, Roles.PRACTITIONER, Map.of("to", "WITHDRAWN", "reasonCode", "SENTENCE_ENDED",
                        "reason", "The court revoked the order"), 200);
                assertThat(event(probe, crn, "structured-interventions.referral.withdrawn",
                        "referral-withdrawn.schema.json")).containsPattern("\"from\": ?\"RETURNED_TO_COURT\"");
            }
            as(Roles.READ_ONLY).get("/referrals/" + id + "/history").then()
                    .body("to", contains("DRAFT", "AWAITING_READINESS", "READY_TO_ALLOCATE", "ALLOCATED", "ON_PROGRAMME",
                            "RECALLED", "AWAITING_READINESS", "RETURNED_TO_COURT", "WITHDRAWN"))
                    .body("[5].reason", is("Fixed-term recall, 14 days"));
        }

        @Test
        void the_table_lists_each_move_with_its_roles_and_the_reason_codes_it_takes() {
            as(Roles.READ_ONLY).get("/referral-status-transitions").then().statusCode(200)
                    .body("findAll { it.from == 'ON_PROGRAMME' && it.to == 'DESELECTED' }[0].reasonCodes",
                            contains("DISRUPTIVE_BEHAVIOUR", "RISK_TO_OTHERS", "NOT_ENGAGING", "NEEDS_NOT_MET",
                                    "OTHER_DESELECTION"))
                    .body("findAll { it.from == 'ON_PROGRAMME' && it.to == 'DESELECTED' }[0].roles",
                            contains(Roles.TREATMENT_MANAGER))
                    .body("findAll { it.from == 'IN_PROGRESS' && it.to == 'ENDED_WITHOUT_COMPLETION' }[0].reasonCodes",
                            hasItem("STOPPED_ATTENDING"))
                    .body("findAll { it.from == 'DEPRIORITISED' && it.to == 'AWAITING_READINESS' }[0].reasonRequired",
                            is(true))
                    .body("findAll { it.from == 'DEPRIORITISED' && it.to == 'AWAITING_READINESS' }[0].reasonCodes",
                            hasSize(0))
                    .body("findAll { it.from == 'RECALLED' && it.to == 'WITHDRAWN' }[0].reasonCodes",
                            hasItem("SENTENCE_ENDED"))
                    .body("findAll { it.to == 'RETURNED_TO_COURT' }.from", hasSize(7))
                    .body("findAll { it.from == 'ALLOCATED' && it.to == 'ON_PROGRAMME' }.trigger", contains("MANUAL"));
        }
    }

    @Nested
    class Finding_referrals {

        @Test
        void filters_by_crn_and_status() {
            Intervention intervention = published();
            String crn = Crns.random();
            submitted(details(crn, intervention.id()));
            draft(details(crn, intervention.id()));
            as(Roles.READ_ONLY).queryParam("crn", crn).get("/referrals").then().statusCode(200)
                    .body("totalElements", is(2)).body("content.crn", everyItem(is(crn)));
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("status", "DRAFT").get("/referrals").then()
                    .body("content", hasSize(1)).body("content[0].status", is("DRAFT"));
            as(Roles.READ_ONLY).queryParam("crn", "bad").get("/referrals").then().statusCode(400)
                    .body("errors[0].field", is("crn"));
            as(Roles.READ_ONLY).queryParam("interventionId", "abc").get("/referrals").then().statusCode(400)
                    .body("errors[0].field", is("interventionId"));
            as(Roles.READ_ONLY).queryParam("size", "many").get("/referrals").then().statusCode(400)
                    .body("errors[0].field", is("size"));
        }

        @Test
        void referrer_me_lists_the_signed_in_practitioners_referrals_and_their_drafts() {
            Intervention intervention = published();
            String me = "PP_" + Crns.random();
            String colleague = "PP_" + Crns.random();
            String submittedId = asUser(me, Roles.PRACTITIONER).body(details(Crns.random(), intervention.id()))
                    .post("/referrals").then().statusCode(201).extract().path("id");
            asUser(me, Roles.PRACTITIONER).post("/referrals/" + submittedId + "/submit").then().statusCode(200);
            String draftId = asUser(me, Roles.PRACTITIONER).body(details(Crns.random(), intervention.id()))
                    .post("/referrals").then().statusCode(201).extract().path("id");
            asUser(colleague, Roles.PRACTITIONER).body(details(Crns.random(), intervention.id())).post("/referrals")
                    .then().statusCode(201);
            asUser(me, Roles.PRACTITIONER).queryParam("referrer", "me").get("/referrals").then().statusCode(200)
                    .body("content.id", contains(draftId, submittedId)).body("content.referredBy", everyItem(is(me)))
                    .body("totalElements", is(2)).body("totalElementsExact", is(true));
            asUser(me, Roles.PRACTITIONER).queryParam("referrer", "ME").queryParam("status", "DRAFT").get("/referrals")
                    .then().statusCode(200).body("content.id", contains(draftId));
            asUser(me, Roles.PRACTITIONER).queryParam("referrer", "me").queryParam("status", "AWAITING_READINESS")
                    .get("/referrals").then().statusCode(200).body("content.id", contains(submittedId));
            asUser(colleague, Roles.PRACTITIONER).queryParam("referrer", "me").get("/referrals").then()
                    .body("totalElements", is(1)).body("content.referredBy", contains(colleague));
        }

        @Test
        void referrer_takes_only_me_and_sort_only_newest_or_oldest_each_a_400_naming_it() {
            as(Roles.PRACTITIONER).queryParam("referrer", "B_PRACTITIONER").get("/referrals").then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", is("referrer"))
                    .body("errors[0].message", is("must be me (the signed-in user)"));
            as(Roles.PRACTITIONER).queryParam("sort", "sideways").get("/referrals").then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", is("sort"))
                    .body("errors[0].message", is("must be one of NEWEST, OLDEST"));
        }

        @Test
        void sort_oldest_pages_the_earliest_drafted_first() {
            Intervention intervention = published();
            String crn = Crns.random();
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(draft(details(crn, intervention.id())));
            }
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("sort", "OLDEST").queryParam("size", 2)
                    .get("/referrals").then().statusCode(200).body("content.id", is(ids.subList(0, 2)))
                    .body("totalElements", is(3));
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("sort", "OLDEST").queryParam("size", 2)
                    .queryParam("page", 1).get("/referrals").then().body("content.id", is(ids.subList(2, 3)));
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("sort", "NEWEST").get("/referrals").then()
                    .body("content.id", is(List.of(ids.get(2), ids.get(1), ids.get(0))));
        }

        @Test
        void a_treatment_manager_lists_a_regions_referrals_ready_to_allocate_oldest_first() {
            Intervention first = published();
            Intervention second = published();
            String crn = Crns.random();
            String older = submitted(details(crn, first.id()));
            String newer = submitted(details(crn, second.id()));
            String waiting = submitted(details(crn, published().id()));
            OffsetDateTime monday = OffsetDateTime.parse("2026-11-16T10:00:00Z");
            ReadinessEventFixtures.moduleCompleted(crn, monday);
            ReadinessEventFixtures.assessed(crn, monday.plusDays(1), List.of(newer, older), true);
            awaitStatus(older, "READY_TO_ALLOCATE");
            awaitStatus(newer, "READY_TO_ALLOCATE");
            as(Roles.TREATMENT_MANAGER).queryParam("region", "london").queryParam("status", "READY_TO_ALLOCATE")
                    .queryParam("sort", "OLDEST").queryParam("crn", crn).get("/referrals").then().statusCode(200)
                    .body("content.id", contains(older, newer)).body("content.status", everyItem(is("READY_TO_ALLOCATE")));
            as(Roles.PRACTITIONER).queryParam("region", "london").queryParam("status", "AWAITING_READINESS")
                    .queryParam("crn", crn).get("/referrals").then().statusCode(200).body("content.id", contains(waiting));
            as(Roles.TREATMENT_MANAGER).queryParam("region", "wales").queryParam("status", "READY_TO_ALLOCATE")
                    .queryParam("crn", crn).get("/referrals").then().statusCode(200).body("content", hasSize(0));
        }

        @Test
        void a_status_in_lower_case_is_refused_naming_the_parameter_as_a_body_refuses_it() {
            String crn = Crns.random();
            draft(details(crn, java.util.UUID.randomUUID()));
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("status", "draft").get("/referrals").then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("status"))
                    .body("errors[0].message", startsWith("must be one of DRAFT, AWAITING_READINESS"))
                    .body("detail", not(containsString("draft")));
            as(Roles.PRACTITIONER).body(Map.of("to", "withdrawn", "reasonCode", "OTHER", "reason", "x"))
                    .post("/referrals/" + java.util.UUID.randomUUID() + "/transitions").then().statusCode(400)
                    .body("errors.field", contains("to"));
        }

        @Test
        void pages_newest_first_and_counts_every_match_when_a_page_is_full() {
            Intervention intervention = published();
            String crn = Crns.random();
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(0, draft(details(crn, intervention.id())));
            }
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("size", 2).get("/referrals").then().statusCode(200)
                    .body("content.id", is(ids.subList(0, 2))).body("totalElements", is(3)).body("totalPages", is(2))
                    .body("totalElementsExact", is(true));
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("size", 2).queryParam("page", 1).get("/referrals")
                    .then().body("content.id", is(ids.subList(2, 3))).body("totalElements", is(3));
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("status", "DRAFT").queryParam("size", 1)
                    .queryParam("page", 7).get("/referrals").then().statusCode(200)
                    .body("content", hasSize(0)).body("totalElements", is(3)).body("totalElementsExact", is(true));
        }
    }

    @Nested
    class A_draft_belongs_to_its_author {

        private static final String AUTHOR = "A_PRACTITIONER";
        private static final String COLLEAGUE = "ANOTHER_PRACTITIONER";

        @Test
        void another_practitioner_reads_it_but_gets_a_403_changing_submitting_or_withdrawing_it() {
            Intervention intervention = published();
            Map<String, Object> details = details(Crns.random(), intervention.id());
            String id = draft(details);
            asUser(COLLEAGUE, Roles.PRACTITIONER).get("/referrals/" + id).then().statusCode(200)
                    .body("referredBy", is(AUTHOR));
            asUser(COLLEAGUE, Roles.PRACTITIONER).body(details).put("/referrals/" + id).then().statusCode(403)
                    .contentType(PROBLEM).body("userMessage", containsString("belongs to the practitioner who drafted it"));
            asUser(COLLEAGUE, Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(403)
                    .contentType(PROBLEM);
            asUser(COLLEAGUE, Roles.PRACTITIONER)
                    .body(Map.of("to", "WITHDRAWN", "reasonCode", "REFERRED_IN_ERROR", "reason", "Not mine"))
                    .post("/referrals/" + id + "/transitions").then().statusCode(403).contentType(PROBLEM);
            as(Roles.READ_ONLY).get("/referrals/" + id).then().statusCode(200).body("status", is("DRAFT"))
                    .body("version", is(0));
        }

        @Test
        void its_author_hands_it_over_and_the_receiver_then_owns_it() {
            Intervention intervention = published();
            Map<String, Object> details = details(Crns.random(), intervention.id());
            String id = draft(details);
            as(Roles.PRACTITIONER).header("If-Match", "\"0\"")
                    .body(Map.of("to", COLLEAGUE, "reason", "Covering the caseload"))
                    .post("/referrals/" + id + "/hand-over").then().statusCode(200)
                    .header("ETag", is("\"1\"")).body("referredBy", is(COLLEAGUE)).body("status", is("DRAFT"))
                    .body("updatedBy", is(AUTHOR));
            as(Roles.PRACTITIONER).body(details).put("/referrals/" + id).then().statusCode(403).contentType(PROBLEM);
            asUser(COLLEAGUE, Roles.PRACTITIONER).queryParam("referrer", "me").queryParam("status", "DRAFT")
                    .get("/referrals").then().body("content.id", hasItem(id));
            asUser(COLLEAGUE, Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(200)
                    .body("status", is("AWAITING_READINESS")).body("referredBy", is(COLLEAGUE));
            as(Roles.READ_ONLY).get("/referrals/" + id + "/history").then().statusCode(200)
                    .body("trigger", contains("MANUAL", "HAND_OVER", "SUBMISSION"))
                    .body("[1].changedBy", is(AUTHOR))
                    .body("[1].reason", is("Handed over from " + AUTHOR + " to " + COLLEAGUE + ": Covering the caseload"));
        }

        @Test
        void a_treatment_manager_hands_it_over_and_another_practitioner_may_not() {
            String id = draft(details(Crns.random(), java.util.UUID.randomUUID()));
            asUser(COLLEAGUE, Roles.PRACTITIONER).body(Map.of("to", COLLEAGUE)).post("/referrals/" + id + "/hand-over")
                    .then().statusCode(403).contentType(PROBLEM);
            as(Roles.READ_ONLY).body(Map.of("to", COLLEAGUE)).post("/referrals/" + id + "/hand-over").then()
                    .statusCode(403);
            as(Roles.TREATMENT_MANAGER).body(Map.of("to", COLLEAGUE)).post("/referrals/" + id + "/hand-over").then()
                    .statusCode(200).body("referredBy", is(COLLEAGUE)).body("updatedBy", is("A_MANAGER"));
        }

        @Test
        void a_hand_over_to_its_author_a_bad_name_a_stale_version_or_of_a_submitted_referral_is_refused() {
            Intervention intervention = published();
            String id = draft(details(Crns.random(), intervention.id()));
            as(Roles.PRACTITIONER).body(Map.of("to", AUTHOR)).post("/referrals/" + id + "/hand-over").then()
                    .statusCode(422).contentType(PROBLEM).body("errors[0].field", is("to"));
            as(Roles.PRACTITIONER).body(Map.of("to", "Jo\u0007Bloggs")).post("/referrals/" + id + "/hand-over").then()
                    .statusCode(400).contentType(PROBLEM).body("errors[0].field", is("to"));
            as(Roles.PRACTITIONER).body(Map.of()).post("/referrals/" + id + "/hand-over").then()
                    .statusCode(400).contentType(PROBLEM).body("errors[0].field", is("to"));
            as(Roles.PRACTITIONER).header("If-Match", "\"5\"").body(Map.of("to", COLLEAGUE))
                    .post("/referrals/" + id + "/hand-over").then().statusCode(412).contentType(PROBLEM);
            as(Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(200);
            as(Roles.PRACTITIONER).body(Map.of("to", COLLEAGUE)).post("/referrals/" + id + "/hand-over").then()
                    .statusCode(409).contentType(PROBLEM);
            as(Roles.READ_ONLY).get("/referrals/" + id).then().body("referredBy", is(AUTHOR));
        }

        @Test
        void once_submitted_another_practitioner_may_make_the_practitioners_moves() {
            Intervention intervention = published();
            String id = submitted(details(Crns.random(), intervention.id()));
            asUser(COLLEAGUE, Roles.PRACTITIONER)
                    .body(Map.of("to", "WITHDRAWN", "reasonCode", "PERSON_DECLINED", "reason", "Declined"))
                    .post("/referrals/" + id + "/transitions").then().statusCode(200).body("status", is("WITHDRAWN"))
                    .body("referredBy", is(AUTHOR)).body("updatedBy", is(COLLEAGUE));
        }
    }
}
