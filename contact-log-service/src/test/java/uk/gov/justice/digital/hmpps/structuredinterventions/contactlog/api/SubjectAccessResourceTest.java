package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.contact;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.record;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.registerRequirement;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.today;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
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
class SubjectAccessResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String OTHER = "OTHER_REHABILITATIVE_ACTIVITY";

    private static RequestSpecification sar() {
        return as(Roles.SAR_DATA_ACCESS);
    }

    /**
     * A person with a RAR requirement (a month ago to a year ahead), an activity 20 days ago (recorded then: its record
     * times are moved back in the database) and one today with notes, both attended and complied.
     *
     * @return the requirement's id, the old contact's URN and the new one's
     */
    private static Object[] personWithTwoRarActivities(String crn) {
        long requirement = registerRequirement(crn, 20);
        String old = record(contact(crn, OTHER, today().minusDays(20))).getString("urn");
        TestDatabase.queryForText("""
                UPDATE contact SET recorded_at = now() - interval '20 days', updated_at = now() - interval '20 days'
                WHERE crn = ? RETURNING id""", crn);
        Map<String, Object> recent = contact(crn, OTHER, today());
        recent.put("notes", "Budgeting workshop; said money worries make it hard to focus");
        String current = record(recent).getString("urn");
        return new Object[] {requirement, old, current};
    }

    @Nested
    class Asking_by_crn {

        @Test
        void answers_200_with_every_contact_and_requirement_in_readable_words() {
            String crn = Crns.random();
            Object[] held = personWithTwoRarActivities(crn);
            sar().queryParam("crn", crn).get("/subject-access-request").then().statusCode(200)
                    .body("content.contacts.contactReference", contains(held[1], held[2]))
                    .body("content.contacts[1].type", is("Other rehabilitative activity"))
                    .body("content.contacts[1].outcome", is("Attended complied"))
                    .body("content.contacts[1].deliveredByRole", is("Probation practitioner"))
                    .body("content.contacts[1].notes", is("Budgeting workshop; said money worries make it hard to focus"))
                    .body("content.contacts[1].howRecorded", is("Recorded by a practitioner"))
                    .body("content.contacts[1].rarRequirement", is(held[0]))
                    .body("content.contacts[1]", not(hasKey("id")))
                    .body("content.contacts[1]", not(hasKey("crn")))
                    .body("content.rarRequirements", hasSize(1))
                    .body("content.rarRequirements[0].requirement", is(held[0]))
                    .body("content.rarRequirements[0].maximumDays", is(20))
                    .body("content.rarRequirements[0].daysUsed", is(2))
                    .body("content.rarRequirements[0].daysRemaining", is(18))
                    .body("content.rarRequirements[0].rarDaysInPeriod",
                            contains(today().minusDays(20).toString(), today().toString()));
        }

        @Test
        void a_period_includes_only_the_contacts_and_rar_days_in_it() {
            String crn = Crns.random();
            Object[] held = personWithTwoRarActivities(crn);
            sar().queryParam("crn", crn).queryParam("fromDate", today().minusDays(21).toString())
                    .queryParam("toDate", today().minusDays(19).toString()).get("/subject-access-request").then()
                    .statusCode(200)
                    .body("content.contacts.contactReference", contains(held[1]))
                    .body("content.rarRequirements[0].rarDaysInPeriod", contains(today().minusDays(20).toString()))
                    .body("content.rarRequirements[0].daysUsed", is(2));
            sar().queryParam("crn", crn).queryParam("fromDate", today().toString()).get("/subject-access-request")
                    .then().statusCode(200)
                    .body("content.contacts.contactReference", contains(held[2]))
                    .body("content.rarRequirements[0].rarDaysInPeriod", contains(today().toString()));
        }

        @Test
        void a_cancelled_booked_follow_up_is_shown_with_when_it_was_cancelled_and_no_outcome() {
            String crn = Crns.random();
            UUID booking = UUID.randomUUID();
            TestDatabase.awaitHandled(ReadinessEventFixtures.booked(crn, today().plusDays(3), booking,
                    UUID.randomUUID()));
            TestDatabase.awaitHandled(ReadinessEventFixtures.bookingClosed(crn, today().plusDays(3), booking,
                    "CANCELLED", null));
            sar().queryParam("crn", crn).get("/subject-access-request").then().statusCode(200)
                    .body("content.contacts", hasSize(1))
                    .body("content.contacts[0].type", is("Pre-intervention module: follow-up (pre-work contact)"))
                    .body("content.contacts[0].date", is(today().plusDays(3).toString()))
                    .body("content.contacts[0].outcome", nullValue())
                    .body("content.contacts[0].cancelledAt", notNullValue());
        }

        @Test
        void a_contact_not_cancelled_has_no_cancellation() {
            String crn = Crns.random();
            personWithTwoRarActivities(crn);
            sar().queryParam("crn", crn).get("/subject-access-request").then().statusCode(200)
                    .body("content.contacts[0]", hasKey("cancelledAt"))
                    .body("content.contacts[0].cancelledAt", nullValue());
        }

        @Test
        void answers_204_when_nothing_is_held_in_the_period() {
            String crn = Crns.random();
            personWithTwoRarActivities(crn);
            sar().queryParam("crn", crn).queryParam("fromDate", "2020-01-01").queryParam("toDate", "2020-12-31")
                    .get("/subject-access-request").then().statusCode(204).body(is(emptyString()));
        }

        @Test
        void answers_204_for_a_person_nothing_is_held_about() {
            sar().queryParam("crn", Crns.random()).get("/subject-access-request").then().statusCode(204);
        }
    }

    @Nested
    class Asking_by_prison_number_alone {

        @Test
        void answers_209_with_no_body_as_the_service_holds_no_prison_numbers() {
            sar().queryParam("prn", "A1234BC").get("/subject-access-request").then().statusCode(209)
                    .body(is(emptyString()));
        }
    }

    @Nested
    class A_request_that_breaks_a_rule {

        @Test
        void naming_no_one_is_a_400_naming_crn() {
            sar().get("/subject-access-request").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("crn"));
        }

        @Test
        void a_date_that_is_not_an_iso_date_is_a_400_without_echoing_it() {
            sar().queryParam("crn", Crns.random()).queryParam("fromDate", "2026-13-45").get("/subject-access-request")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("fromDate"))
                    .body(not(containsString("2026-13-45")));
        }

        @Test
        void a_from_date_after_the_to_date_is_a_400() {
            sar().queryParam("crn", Crns.random()).queryParam("fromDate", "2026-02-01")
                    .queryParam("toDate", "2026-01-01").get("/subject-access-request").then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", contains("fromDate"));
        }
    }

    @Nested
    class Who_may_ask {

        @Test
        void only_the_subject_access_role_another_role_is_a_403() {
            String crn = Crns.random();
            registerRequirement(crn, 5);
            for (String role : List.of(Roles.PRACTITIONER, Roles.READ_ONLY, Roles.DELIUS_SYNC)) {
                as(role).queryParam("crn", crn).get("/subject-access-request").then().statusCode(403)
                        .contentType(PROBLEM);
            }
            sar().queryParam("crn", crn).get("/subject-access-request").then().statusCode(200);
        }

        @Test
        void without_a_token_is_a_401() {
            given().queryParam("crn", Crns.random()).get("/subject-access-request").then().statusCode(401)
                    .contentType(PROBLEM);
        }
    }
}
