package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.details;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.submitted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.CatalogueEventFixtures.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class SubjectAccessResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification sar() {
        return as(Roles.SAR_DATA_ACCESS);
    }

    /**
     * A person with two referrals to the intervention: one made, submitted and withdrawn in January 2025 (its dates are
     * moved there in the database, as if it had happened then), and one submitted today.
     *
     * @return the ids of the old referral and the new one
     */
    private static String[] personWithAnOldAndANewReferral(String crn) {
        Intervention intervention = ReferralResourceTest.published();
        String old = submitted(details(crn, intervention.id()));
        as(Roles.PRACTITIONER).body(Map.of("to", "WITHDRAWN", "reasonCode", "PERSON_DECLINED",
                        "reason", "Said they would rather wait until their job settles", "notes", "Call back in spring"))
                .post("/referrals/" + old + "/transitions").then().statusCode(200);
        TestDatabase.queryForText("""
                UPDATE referral SET created_at = '2025-01-15T10:00:00Z', submitted_at = '2025-01-15T10:05:00Z',
                updated_at = '2025-01-20T09:00:00Z' WHERE id = ?::uuid RETURNING id""", old);
        TestDatabase.queryForText("""
                UPDATE referral_status_change SET changed_at = '2025-01-15T10:00:00Z'::timestamptz
                + sequence * interval '1 day' WHERE referral_id = ?::uuid RETURNING id""", old);
        String current = submitted(details(crn, intervention.id()));
        return new String[] {old, current};
    }

    @Nested
    class Asking_by_crn {

        @Test
        void answers_200_with_every_referral_its_history_and_the_free_text_in_readable_words() {
            String crn = Crns.random();
            String[] ids = personWithAnOldAndANewReferral(crn);
            sar().queryParam("crn", crn).get("/subject-access-request").then().statusCode(200)
                    .body("content.referrals", hasSize(2))
                    .body("content.referrals.referralReference", contains(ids[0], ids[1]))
                    .body("content.referrals[0].status", is("Withdrawn"))
                    .body("content.referrals[0].deliveryFormat", is("Group"))
                    .body("content.referrals[0].sex", is("Male"))
                    .body("content.referrals[0].dateOfBirth", is("1986-03-02"))
                    .body("content.referrals[0].reasonForReferral", is("Offending linked to impulsive decisions."))
                    .body("content.referrals[0].statusHistory.toStatus",
                            contains("Draft", "Awaiting readiness", "Withdrawn"))
                    .body("content.referrals[0].statusHistory[2].reasonCode", is("Person declined"))
                    .body("content.referrals[0].statusHistory[2].reason",
                            is("Said they would rather wait until their job settles"))
                    .body("content.referrals[0].statusHistory[2].notes", is("Call back in spring"))
                    .body("content.referrals[0].statusHistory[1].howChanged", is("Submitted by the practitioner"))
                    .body("content.referrals[1].status", is("Awaiting readiness"))
                    .body("content.referrals[0]", not(org.hamcrest.Matchers.hasKey("interventionId")))
                    .body("content.referrals[0]", not(org.hamcrest.Matchers.hasKey("crn")));
        }

        @Test
        void a_period_includes_only_the_referrals_and_status_changes_recorded_in_it() {
            String crn = Crns.random();
            String[] ids = personWithAnOldAndANewReferral(crn);
            sar().queryParam("crn", crn).queryParam("fromDate", "2025-01-01").queryParam("toDate", "2025-01-16")
                    .get("/subject-access-request").then().statusCode(200)
                    .body("content.referrals.referralReference", contains(ids[0]))
                    .body("content.referrals[0].statusHistory.toStatus", contains("Draft", "Awaiting readiness"));
            sar().queryParam("crn", crn).queryParam("fromDate", LocalDate.now().minusDays(1).toString())
                    .get("/subject-access-request").then().statusCode(200)
                    .body("content.referrals.referralReference", contains(ids[1]));
            sar().queryParam("crn", crn).queryParam("toDate", "2025-01-15")
                    .get("/subject-access-request").then().statusCode(200)
                    .body("content.referrals.referralReference", contains(ids[0]))
                    .body("content.referrals[0].statusHistory.toStatus", contains("Draft"));
        }

        @Test
        void answers_204_when_nothing_is_held_in_the_period() {
            String crn = Crns.random();
            personWithAnOldAndANewReferral(crn);
            sar().queryParam("crn", crn).queryParam("fromDate", "2020-01-01").queryParam("toDate", "2020-12-31")
                    .get("/subject-access-request").then().statusCode(204).body(is(emptyString()));
        }

        @Test
        void answers_204_for_a_person_nothing_is_held_about() {
            sar().queryParam("crn", Crns.random()).get("/subject-access-request").then().statusCode(204);
        }

        @Test
        void uses_the_crn_when_a_prison_number_is_given_too() {
            String crn = Crns.random();
            personWithAnOldAndANewReferral(crn);
            sar().queryParam("crn", crn).queryParam("prn", "A1234BC").get("/subject-access-request").then()
                    .statusCode(200).body("content.referrals", hasSize(2))
                    .body("content.preInterventionModuleCompletedOn", nullValue());
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
        void dates_that_are_not_iso_dates_are_a_400_naming_each_without_echoing_them() {
            sar().queryParam("crn", Crns.random()).queryParam("fromDate", "01/02/2026")
                    .queryParam("toDate", "tomorrow").get("/subject-access-request").then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", contains("fromDate", "toDate"))
                    .body(not(org.hamcrest.Matchers.containsString("tomorrow")));
        }

        @Test
        void a_from_date_after_the_to_date_is_a_400() {
            sar().queryParam("crn", Crns.random()).queryParam("fromDate", "2026-02-01")
                    .queryParam("toDate", "2026-01-01").get("/subject-access-request").then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", is("fromDate"))
                    .body("errors[0].message", is("must not be after toDate"));
        }

        @Test
        void a_malformed_crn_is_a_400() {
            sar().queryParam("crn", "x123").get("/subject-access-request").then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", contains("crn"));
        }
    }

    @Nested
    class Who_may_ask {

        @Test
        void only_the_subject_access_role_another_role_is_a_403() {
            String crn = Crns.random();
            personWithAnOldAndANewReferral(crn);
            for (String role : new String[] {Roles.PRACTITIONER, Roles.READ_ONLY, Roles.TREATMENT_MANAGER}) {
                as(role).queryParam("crn", crn).get("/subject-access-request").then().statusCode(403)
                        .contentType(PROBLEM);
            }
        }

        @Test
        void without_a_token_is_a_401() {
            given().queryParam("crn", Crns.random()).get("/subject-access-request").then().statusCode(401)
                    .contentType(PROBLEM);
        }
    }
}
