package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.awaitCatalogue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.details;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.draft;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.submitted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
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
            String id = draft(details(Crns.random(), java.util.UUID.randomUUID()));
            as(Roles.PRACTITIONER).body(Map.of("to", "WITHDRAWN", "reasonCode", "REFERRED_IN_ERROR", "reason", "Wrong person"))
                    .post("/referrals/" + id + "/transitions").then().statusCode(200).body("status", is("WITHDRAWN"));
            as(Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(409);
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
}
