package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.contact;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.rar;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.record;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.registerRequirement;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.today;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.messaging.ReadinessEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ContactResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Nested
    class Recording_a_contact {

        @Test
        void answers_201_with_its_location_version_and_urn_and_links_it_to_the_only_covering_requirement() {
            String crn = Crns.random();
            long requirement = registerRequirement(crn, 20);

            var response = as(Roles.PRACTITIONER).body(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today()))
                    .post("/contacts").then().statusCode(201)
                    .header("ETag", is("\"0\""))
                    .body("urn", startsWith("urn:hmpps:structured-interventions:contact:"))
                    .body("rarActivity", is(true))
                    .body("rarRequirementId", is(requirement))
                    .body("recordedBy", is("A_PRACTITIONER"))
                    .body("source", is("PRACTITIONER"))
                    .extract();
            String id = response.path("id");

            assertThat(response.header("Location")).endsWith("/contacts/" + id);
            assertThat(response.<String>path("urn")).endsWith(id);
            as(Roles.READ_ONLY).get("/contacts/" + id).then().statusCode(200).header("ETag", is("\"0\""))
                    .body("startTime", is("10:00:00")).body("deliveredBy.role", is("PROBATION_PRACTITIONER"));
        }

        @Test
        void answers_400_naming_each_invalid_field() {
            Map<String, Object> details = contact("x123", "OTHER_REHABILITATIVE_ACTIVITY", today());
            details.put("deliveredBy", Map.of("role", "PROBATION_PRACTITIONER"));
            details.put("notes", "n".repeat(4001));

            as(Roles.PRACTITIONER).body(details).post("/contacts").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("crn"))
                    .body("errors.field", hasItem("deliveredBy.name"))
                    .body("errors.field", hasItem("notes"));
        }

        @Test
        void answers_400_naming_an_unknown_type_and_writes_nothing() {
            String crn = Crns.random();
            as(Roles.PRACTITIONER).body(contact(crn, "COFFEE", today())).post("/contacts").then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", hasItem("type"));

            assertThat(TestDatabase.queryForText("SELECT count(*) FROM contact WHERE crn = ?", crn)).isEqualTo("0");
        }

        @Test
        void answers_422_for_an_outcome_in_the_future() {
            as(Roles.PRACTITIONER).body(contact(Crns.random(), "OTHER_REHABILITATIVE_ACTIVITY", today().plusDays(2)))
                    .post("/contacts").then().statusCode(422).contentType(PROBLEM)
                    .body("errors.field", contains("outcome"));
        }

        @Test
        void answers_422_on_the_type_for_each_module_contact_naming_the_readiness_endpoint_and_writes_nothing() {
            String crn = Crns.random();
            long requirement = registerRequirement(crn, 20);
            Map<String, String> endpoints = Map.of(
                    "PIM_INTRODUCTION", "POST /people/" + crn + "/readiness/introduction",
                    "PIM_FOLLOW_UP", "POST /people/" + crn + "/readiness/follow-ups",
                    "PIM_COMPLETION", "POST /people/" + crn + "/readiness/completion");

            endpoints.forEach((type, endpoint) -> {
                Map<String, Object> details = contact(crn, type, today());
                details.put("rarRequirementId", requirement);
                as(Roles.PRACTITIONER).body(details).post("/contacts").then().statusCode(422).contentType(PROBLEM)
                        .body("errors.field", contains("type"))
                        .body("errors[0].message", containsString("recorded through readiness-service: " + endpoint))
                        .body("userMessage", containsString("recorded through readiness-service"));
            });

            assertThat(TestDatabase.queryForText("SELECT count(*) FROM contact WHERE crn = ?", crn)).isEqualTo("0");
            assertThat(rar(crn).getInt("requirements[0].daysUsed")).isZero();
        }

        @Test
        void refuses_the_completion_by_hand_so_it_earns_no_rar_day_and_the_readiness_event_then_records_it() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            as(Roles.PRACTITIONER).body(contact(crn, "PIM_COMPLETION", today().minusDays(1))).post("/contacts").then()
                    .statusCode(422).body("errors.field", contains("type"));
            assertThat(rar(crn).getInt("requirements[0].daysUsed")).as("no RAR day before the module is complete")
                    .isZero();

            TestDatabase.awaitHandled(ReadinessEventFixtures.completed(crn, today()));

            as(Roles.READ_ONLY).queryParam("crn", crn).get("/contacts").then().statusCode(200)
                    .body("content.type", contains("PIM_COMPLETION"))
                    .body("content.source", contains("READINESS_SERVICE"));
            assertThat(rar(crn).getList("requirements[0].rarDays.date")).containsExactly(today().toString());
        }

        @Test
        void answers_422_for_a_requirement_of_someone_else() {
            long theirs = registerRequirement(Crns.random(), 20);
            Map<String, Object> details = contact(Crns.random(), "OTHER_REHABILITATIVE_ACTIVITY", today());
            details.put("rarRequirementId", theirs);

            as(Roles.PRACTITIONER).body(details).post("/contacts").then().statusCode(422).contentType(PROBLEM)
                    .body("errors.field", contains("rarRequirementId"))
                    .body("errors[0].message", containsString("is not a RAR requirement of"));
        }

        @Test
        void may_be_booked_ahead_without_an_outcome_and_then_makes_no_rar_day() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            Map<String, Object> booked = contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today().plusDays(7));
            booked.remove("outcome");

            as(Roles.PRACTITIONER).body(booked).post("/contacts").then().statusCode(201).body("outcome", nullValue());

            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isZero();
            assertThat(rar.getList("requirements[0].contactsNotCounted.reason")).containsExactly("NO_OUTCOME_YET");
        }
    }

    @Nested
    class Getting_a_contact {

        @Test
        void answers_404_for_an_unknown_or_malformed_id() {
            as(Roles.DELIUS_SYNC).get("/contacts/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
            as(Roles.DELIUS_SYNC).get("/contacts/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Nested
    class Finding_contacts {

        @Test
        void finds_a_persons_contacts_latest_first_between_dates_and_of_a_type() {
            String crn = Crns.random();
            TestDatabase.awaitHandled(ReadinessEventFixtures.introduced(crn, today().minusDays(20)),
                    ReadinessEventFixtures.followedUp(crn, today().minusDays(10), "ATTENDED_COMPLIED", UUID.randomUUID()),
                    ReadinessEventFixtures.followedUp(Crns.random(), today().minusDays(10), "ATTENDED_COMPLIED",
                            UUID.randomUUID()));
            record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today().minusDays(5)));

            as(Roles.READ_ONLY).queryParam("crn", crn).get("/contacts").then().statusCode(200)
                    .body("totalElements", is(3))
                    .body("content.type", contains("OTHER_REHABILITATIVE_ACTIVITY", "PIM_FOLLOW_UP", "PIM_INTRODUCTION"));
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("from", today().minusDays(10).toString())
                    .queryParam("to", today().minusDays(6).toString()).get("/contacts").then().statusCode(200)
                    .body("content.type", contains("PIM_FOLLOW_UP"));
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("type", "PIM_INTRODUCTION").get("/contacts").then()
                    .body("content.type", contains("PIM_INTRODUCTION"));
            as(Roles.READ_ONLY).queryParam("crn", crn).queryParam("size", 2).queryParam("page", 1).get("/contacts")
                    .then().body("content.type", contains("PIM_INTRODUCTION")).body("totalPages", is(2));
        }

        @Test
        void answers_400_naming_a_missing_crn_a_bad_date_a_backwards_range_or_an_unknown_type() {
            as(Roles.READ_ONLY).get("/contacts").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("crn"));
            as(Roles.READ_ONLY).queryParam("crn", "X123456").queryParam("from", "yesterday").get("/contacts").then()
                    .statusCode(400).body("errors.field", contains("from"));
            as(Roles.READ_ONLY).queryParam("crn", "X123456").queryParam("from", "2026-11-20")
                    .queryParam("to", "2026-11-01").get("/contacts").then().statusCode(400)
                    .body("errors.field", contains("to"));
            as(Roles.READ_ONLY).queryParam("crn", "X123456").queryParam("type", "COFFEE").get("/contacts").then()
                    .statusCode(400).body("errors.field", contains("type"));
        }

        @Test
        void a_type_in_lower_case_is_refused_as_a_body_refuses_it() {
            as(Roles.READ_ONLY).queryParam("crn", "X123456").queryParam("type", "pim_introduction").get("/contacts")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("type"))
                    .body("errors[0].message", startsWith("must be one of PIM_INTRODUCTION"));
        }
    }

    @Nested
    class Recording_an_outcome {

        @Test
        void a_missed_outcome_takes_the_day_out_of_the_tally_and_an_attended_one_puts_it_back() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            String id = record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today())).getString("id");
            assertThat(rar(crn).getInt("requirements[0].daysUsed")).isEqualTo(1);

            as(Roles.PRACTITIONER).header("If-Match", "\"0\"").body(Map.of("outcome", "FAILED_TO_ATTEND"))
                    .put("/contacts/" + id + "/outcome").then().statusCode(200).header("ETag", is("\"1\""))
                    .body("outcome", is("FAILED_TO_ATTEND"));
            assertThat(rar(crn).getInt("requirements[0].daysUsed")).isZero();
            assertThat(rar(crn).getList("requirements[0].contactsNotCounted.reason")).containsExactly("MISSED");

            as(Roles.PRACTITIONER).body(Map.of("outcome", "ATTENDED_COMPLIED")).put("/contacts/" + id + "/outcome")
                    .then().statusCode(200);
            assertThat(rar(crn).getInt("requirements[0].daysUsed")).isEqualTo(1);
        }

        @Test
        void attended_but_failed_to_comply_takes_the_day_out_of_the_tally_as_nDelius_counts_it() {
            String crn = Crns.random();
            registerRequirement(crn, 20);
            String id = record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today())).getString("id");

            as(Roles.PRACTITIONER).body(Map.of("outcome", "ATTENDED_FAILED_TO_COMPLY")).put("/contacts/" + id + "/outcome")
                    .then().statusCode(200).body("outcome", is("ATTENDED_FAILED_TO_COMPLY"));

            JsonPath rar = rar(crn);
            assertThat(rar.getInt("requirements[0].daysUsed")).isZero();
            assertThat(rar.getInt("requirements[0].daysRemaining")).isEqualTo(20);
            assertThat(rar.getList("requirements[0].rarDays")).isEmpty();
            assertThat(rar.getList("requirements[0].contactsNotCounted.reason")).containsExactly("FAILED_TO_COMPLY");
            assertThat(rar.getList("requirements[0].contactsNotCounted.contact.contactId")).containsExactly(id);
        }

        @Test
        void answers_412_for_a_stale_version_and_changes_nothing() {
            String crn = Crns.random();
            String id = record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today())).getString("id");
            as(Roles.PRACTITIONER).body(Map.of("outcome", "RESCHEDULED")).put("/contacts/" + id + "/outcome").then()
                    .statusCode(200);

            as(Roles.PRACTITIONER).header("If-Match", "\"0\"").body(Map.of("outcome", "ATTENDED_COMPLIED"))
                    .put("/contacts/" + id + "/outcome").then().statusCode(412).contentType(PROBLEM);
            as(Roles.READ_ONLY).get("/contacts/" + id).then().body("outcome", is("RESCHEDULED"));
        }

        @Test
        void answers_422_before_the_contact_takes_place_400_without_an_outcome_and_404_for_an_unknown_contact() {
            String crn = Crns.random();
            Map<String, Object> booked = contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today().plusDays(3));
            booked.remove("outcome");
            String id = record(booked).getString("id");

            as(Roles.PRACTITIONER).body(Map.of("outcome", "ATTENDED_COMPLIED")).put("/contacts/" + id + "/outcome").then()
                    .statusCode(422).contentType(PROBLEM).body("errors.field", contains("outcome"));
            as(Roles.PRACTITIONER).body(Map.of()).put("/contacts/" + id + "/outcome").then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", contains("outcome"));
            as(Roles.PRACTITIONER).body(Map.of("outcome", "ATTENDED_COMPLIED")).put("/contacts/" + UUID.randomUUID()
                    + "/outcome").then().statusCode(404).contentType(PROBLEM);
        }
    }
}
