package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

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
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.ALL_EXERCISES;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.completion;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.followUp;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduce;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.today;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging.ReferralEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class SubjectAccessResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification sar() {
        return as(Roles.SAR_DATA_ACCESS);
    }

    /**
     * A person introduced a week ago, referred, followed up today on all four exercises with reflections noted,
     * complete, assessed not ready (a concern) and the concern acknowledged.
     */
    private static UUID personThroughTheModule(String crn) {
        introduce(crn, true);
        UUID referral = ReferralEventFixtures.referred(crn);
        Map<String, Object> followUp = new java.util.LinkedHashMap<>(followUp("STANDARD", true, ALL_EXERCISES));
        followUp.put("reflectionNotes", "Wrote about what gets in the way of turning up on time");
        as(Roles.PRACTITIONER).body(followUp).post(path(crn) + "/follow-ups").then().statusCode(201);
        as(Roles.PRACTITIONER).body(completion()).post(path(crn) + "/completion").then().statusCode(201);
        String concern = as(Roles.PRACTITIONER).body(Map.of("ready", false, "barriers", List.of("WORK_PATTERN"),
                        "notes", "Shifts change weekly")).post(path(crn) + "/assessments").then().statusCode(201)
                .extract().path("concerns[0].id");
        as(Roles.TREATMENT_MANAGER).body(Map.of("notes", "Moved to the evening group"))
                .post(path(crn) + "/concerns/" + concern + "/acknowledgement").then().statusCode(200);
        return referral;
    }

    @Nested
    class A_withdrawn_referral {

        @Test
        void is_still_held_and_shown_though_the_record_no_longer_links_it() {
            String crn = Crns.random();
            introduce(crn, true);
            UUID referral = ReferralEventFixtures.referred(crn);
            TestDatabase.awaitHandled(ReferralEventFixtures.withdrawn(crn, referral));
            sar().queryParam("crn", crn).get("/subject-access-request").then().statusCode(200)
                    .body("content.referrals.referralReference", contains(referral.toString()))
                    .body("content.referrals[0].status", is("Withdrawn"));
        }
    }

    @Nested
    class A_follow_up_booked_ahead {

        /** Books tomorrow's extended session for the referred person, then cancels it; the booking's id. */
        private static String cancelledBooking(String crn) {
            String id = FollowUpBookingResourceTest.booked(crn);
            as(Roles.PRACTITIONER).body(Map.of("reason", "PERSON_UNAVAILABLE", "notes", "Hospital appointment"))
                    .post(FollowUpBookingResourceTest.bookings(crn) + "/" + id + "/cancellation").then()
                    .statusCode(200);
            return id;
        }

        @Test
        void is_shown_with_what_was_booked_and_how_it_ended_in_words_without_its_id() {
            String crn = FollowUpBookingResourceTest.referred(true);
            cancelledBooking(crn);
            sar().queryParam("crn", crn).get("/subject-access-request").then().statusCode(200)
                    .body("content.followUpBookings", hasSize(1))
                    .body("content.followUpBookings[0].status", is("Cancelled"))
                    .body("content.followUpBookings[0].session.date", is(today().plusDays(1).toString()))
                    .body("content.followUpBookings[0].session.startTime", is("10:00:00"))
                    .body("content.followUpBookings[0].session.deliveredByRole", is("Probation practitioner"))
                    .body("content.followUpBookings[0].length", is("Extended"))
                    .body("content.followUpBookings[0].probationServiceDevice", is(true))
                    .body("content.followUpBookings[0].location", is("Probation office"))
                    .body("content.followUpBookings[0].referralReferences", hasSize(1))
                    .body("content.followUpBookings[0].cancellationReason", is("Person unavailable"))
                    .body("content.followUpBookings[0].outcomeNotes", is("Hospital appointment"))
                    .body("content.followUpBookings[0].attendance", nullValue())
                    .body("content.followUpBookings[0].closedAt", notNullValue())
                    .body("content.followUpBookings[0]", not(hasKey("id")))
                    .body("content.followUpBookings[0]", not(hasKey("followUpId")))
                    .body("content.followUpBookings[0]", not(hasKey("crn")))
                    .body("content.followUps", hasSize(0));
        }

        @Test
        void is_taken_in_by_the_day_it_was_booked_the_day_it_is_for_and_the_day_it_was_closed() {
            String crn = FollowUpBookingResourceTest.referred(true);
            String id = cancelledBooking(crn);
            TestDatabase.queryForText("""
                    UPDATE follow_up_booking SET booked_at = now() - interval '20 days',
                    closed_at = now() - interval '10 days' WHERE id = ?::uuid RETURNING id""", id);
            for (String day : List.of(today().minusDays(20).toString(), today().minusDays(10).toString(),
                    today().plusDays(1).toString())) {
                sar().queryParam("crn", crn).queryParam("fromDate", day).queryParam("toDate", day)
                        .get("/subject-access-request").then().statusCode(200)
                        .body("content.followUpBookings", hasSize(1))
                        .body("content.introduction", nullValue());
            }
            sar().queryParam("crn", crn).queryParam("fromDate", today().minusDays(15).toString())
                    .queryParam("toDate", today().minusDays(15).toString()).get("/subject-access-request").then()
                    .statusCode(204);
        }
    }

    @Nested
    class Asking_by_crn {

        @Test
        void answers_200_with_the_whole_module_record_its_free_text_and_codes_in_words() {
            String crn = Crns.random();
            UUID referral = personThroughTheModule(crn);
            sar().queryParam("crn", crn).get("/subject-access-request").then().statusCode(200)
                    .body("content.readinessStatus", is("Not ready"))
                    .body("content.referrals.referralReference", contains(referral.toString()))
                    .body("content.introduction.session.date", is(today().minusDays(7).toString()))
                    .body("content.introduction.session.deliveredBy", is("Jo Practitioner"))
                    .body("content.introduction.session.deliveredByRole", is("Probation practitioner"))
                    .body("content.introduction.exercisesOverviewed", contains("Introductory video", "Getting ready",
                            "Working with probation from home", "Conditions of success"))
                    .body("content.followUps", hasSize(1))
                    .body("content.followUps[0].attendance", is("Attended complied"))
                    .body("content.followUps[0].length", is("Standard"))
                    .body("content.followUps[0].reflectionNotes",
                            is("Wrote about what gets in the way of turning up on time"))
                    .body("content.followUps[0].referralReferences", contains(referral.toString()))
                    .body("content.moduleCompletion.completedOn", is(today().toString()))
                    .body("content.readinessAssessments[0].ready", is(false))
                    .body("content.readinessAssessments[0].barriers", contains("Work pattern"))
                    .body("content.readinessAssessments[0].notes", is("Shifts change weekly"))
                    .body("content.readinessAssessments[0].raisedAConcern", is(true))
                    .body("content.concerns[0].addressedTo", contains("Probation practitioner", "Treatment manager"))
                    .body("content.concerns[0].acknowledgementNotes", is("Moved to the evening group"))
                    .body("content", not(hasKey("crn")))
                    .body("content.concerns[0]", not(hasKey("id")));
        }

        @Test
        void a_period_includes_only_what_took_place_or_was_recorded_in_it() {
            String crn = Crns.random();
            personThroughTheModule(crn);
            sar().queryParam("crn", crn).queryParam("fromDate", today().minusDays(8).toString())
                    .queryParam("toDate", today().minusDays(6).toString()).get("/subject-access-request").then()
                    .statusCode(200)
                    .body("content.introduction", notNullValue())
                    .body("content.followUps", hasSize(0))
                    .body("content.moduleCompletion", nullValue())
                    .body("content.readinessAssessments", hasSize(0))
                    .body("content.concerns", hasSize(0))
                    .body("content.referrals", hasSize(0));
            sar().queryParam("crn", crn).queryParam("fromDate", today().toString()).get("/subject-access-request")
                    .then().statusCode(200)
                    .body("content.introduction", notNullValue()) // recorded today, though held a week ago
                    .body("content.followUps", hasSize(1));
        }

        @Test
        void answers_204_when_nothing_is_held_in_the_period() {
            String crn = Crns.random();
            personThroughTheModule(crn);
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
            sar().queryParam("fromDate", "2026-01-01").get("/subject-access-request").then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", contains("crn"));
        }

        @Test
        void a_date_that_is_not_an_iso_date_is_a_400_without_echoing_it() {
            sar().queryParam("crn", Crns.random()).queryParam("toDate", "31-12-2026").get("/subject-access-request")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("toDate"))
                    .body(not(containsString("31-12-2026")));
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
            introduce(crn, true);
            for (String role : List.of(Roles.PRACTITIONER, Roles.READ_ONLY, Roles.TREATMENT_MANAGER,
                    Roles.PROGRAMME_MANAGER, Roles.PEER_MENTOR)) {
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
