package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.details;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.draft;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.AuditTrail;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.CatalogueEventFixtures.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ReferralAuditTest {

    private static final String REASON = "Learning needs the programme cannot meet, disclosed in confidence";
    private static final String NOTES = "Spoke to his partner about the move";

    @Nested
    class Reading_a_referral {

        @Test
        void puts_one_audit_record_naming_the_reader_the_action_and_the_person() {
            String crn = Crns.random();
            String id = draft(details(crn, java.util.UUID.randomUUID()));
            try (AuditTrail trail = AuditTrail.open()) {
                as(Roles.READ_ONLY).header("X-Request-Id", "req-1234").get("/referrals/" + id).then().statusCode(200);

                List<AuditTrail.Entry> reads = trail.await(crn, "READ_REFERRAL");
                assertThat(reads).hasSize(1);
                AuditTrail.Entry read = reads.get(0);
                assertThat(read.record().get("who").asText()).isEqualTo("A_ONLY");
                assertThat(read.record().get("service").asText()).isEqualTo("referral-service");
                assertThat(read.record().get("subjectId").asText()).isEqualTo(crn);
                assertThat(read.record().get("subjectType").asText()).isEqualTo("CRN");
                assertThat(read.record().get("correlationId").asText()).isEqualTo("req-1234");
                assertThat(read.details().get("operation").asText()).isEqualTo("READ");
                assertThat(read.details().get("resourceId").asText()).isEqualTo(id);
            }
        }

        @Test
        void a_list_filtered_by_crn_puts_one_record_about_that_person_naming_the_crns_it_showed() {
            String crn = Crns.random();
            draft(details(crn, java.util.UUID.randomUUID()));
            try (AuditTrail trail = AuditTrail.open()) {
                as(Roles.PRACTITIONER).queryParam("crn", crn).queryParam("referrer", "me").get("/referrals").then()
                        .statusCode(200);

                List<AuditTrail.Entry> searches = trail.await(crn, "SEARCH_REFERRALS");
                assertThat(searches).hasSize(1);
                assertThat(searches.get(0).details().get("operation").asText()).isEqualTo("SEARCH");
                assertThat(searches.get(0).crns()).containsExactly(crn);
            }
        }

        @Test
        void a_referral_that_is_not_there_leaves_no_record() {
            try (AuditTrail trail = AuditTrail.open()) {
                as(Roles.READ_ONLY).header("X-Request-Id", "req-missing-referral")
                        .get("/referrals/" + java.util.UUID.randomUUID()).then().statusCode(404);
                assertThat(trail.ofRequest("req-missing-referral", Duration.ofSeconds(1))).isEmpty();
            }
        }
    }

    @Nested
    class Changing_a_referral {

        @Test
        void a_submission_and_a_withdrawal_each_put_one_record_and_no_reason_or_notes_text() {
            Intervention intervention = ReferralResourceTest.published();
            String crn = Crns.random();
            Map<String, Object> details = details(crn, intervention.id());
            details.put("riskOfRecidivism", "MEDIUM");
            details.put("unsuitableForAccreditedProgramme", true);
            details.put("unsuitableForAccreditedProgrammeReason", REASON);
            String id = draft(details);
            try (AuditTrail trail = AuditTrail.open()) {
                as(Roles.PRACTITIONER).post("/referrals/" + id + "/submit").then().statusCode(200);
                as(Roles.PRACTITIONER).body(Map.of("to", "WITHDRAWN", "reasonCode", "SENTENCE_ENDED",
                                "reason", REASON, "notes", NOTES))
                        .post("/referrals/" + id + "/transitions").then().statusCode(200);

                List<AuditTrail.Entry> submissions = trail.await(crn, "SUBMIT_REFERRAL");
                List<AuditTrail.Entry> moves = trail.await(crn, "CHANGE_REFERRAL_STATUS");
                assertThat(submissions).hasSize(1);
                assertThat(moves).hasSize(1);
                assertThat(submissions.get(0).record().get("who").asText()).isEqualTo("A_PRACTITIONER");
                assertThat(submissions.get(0).details().get("operation").asText()).isEqualTo("CHANGE");
                assertThat(submissions.get(0).details().get("resourceId").asText()).isEqualTo(id);
                assertThat(trail.all(crn, Duration.ofMillis(200))).allSatisfy(entry -> assertThat(entry.value())
                        .doesNotContain("Learning needs").doesNotContain("partner").doesNotContain("SENTENCE_ENDED"));
            }
        }
    }
}
