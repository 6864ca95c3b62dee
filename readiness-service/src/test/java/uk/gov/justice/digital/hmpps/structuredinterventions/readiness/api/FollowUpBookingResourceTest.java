package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.asUser;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.ALL_EXERCISES;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.byPractitioner;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduce;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.today;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging.ReferralEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class FollowUpBookingResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate TOMORROW = today().plusDays(1);

    static String bookings(String crn) {
        return path(crn) + "/follow-up-bookings";
    }

    static Map<String, Object> booking(LocalDate date, String length, Boolean device) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("session", Map.of("date", date.toString(), "startTime", "10:00", "endTime", "11:30"));
        details.put("deliveredBy", byPractitioner());
        details.put("length", length);
        if (device != null) {
            details.put("probationServiceDevice", device);
        }
        details.put("location", "Probation office");
        return details;
    }

    /** A person introduced (with or without a suitable device) and referred. */
    static String referred(boolean suitableDevice) {
        String crn = Crns.random();
        introduce(crn, suitableDevice);
        ReferralEventFixtures.referred(crn);
        return crn;
    }

    /** Books tomorrow's extended session on a Probation Service device; its id. */
    static String booked(String crn) {
        return as(Roles.PRACTITIONER).body(booking(TOMORROW, "EXTENDED", true)).post(bookings(crn)).then()
                .statusCode(201).extract().path("id");
    }

    static Map<String, Object> attended() {
        return Map.of("attendance", "ATTENDED_COMPLIED", "reviewedModuleBeforehand", false,
                "exercisesDiscussed", ALL_EXERCISES);
    }

    /** The service's clock two days on: the booked day has come. */
    static void dayHasCome() {
        MovableClock.moveOn(Duration.ofDays(2));
    }

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    @Nested
    class Booking {

        @Test
        void a_standard_session_for_a_person_without_a_suitable_device_is_refused_naming_length_and_leaves_nothing() {
            String crn = referred(false);

            as(Roles.PRACTITIONER).body(booking(TOMORROW, "STANDARD", true)).post(bookings(crn)).then()
                    .statusCode(422).contentType(PROBLEM)
                    .body("errors.field", contains("length"))
                    .body("errors[0].message", is("must be EXTENDED: the person has no suitable device"));
            as(Roles.READ_ONLY).get(bookings(crn)).then().statusCode(200).body("content", empty());
        }

        @Test
        void an_extended_session_without_a_probation_service_device_for_a_person_without_one_is_refused() {
            String crn = referred(false);

            as(Roles.PRACTITIONER).body(booking(TOMORROW, "EXTENDED", null)).post(bookings(crn)).then()
                    .statusCode(422).contentType(PROBLEM).body("errors.field", contains("probationServiceDevice"));
        }

        @Test
        void an_extended_session_on_a_probation_service_device_is_booked_with_its_location_and_etag() {
            String crn = referred(false);
            String version = as(Roles.READ_ONLY).get(path(crn)).then().extract().header("ETag");

            var created = as(Roles.PRACTITIONER).header("If-Match", version).body(booking(TOMORROW, "EXTENDED", true))
                    .post(bookings(crn)).then().statusCode(201)
                    .header("ETag", not(version))
                    .body("status", is("BOOKED"))
                    .body("crn", is(crn))
                    .body("session.date", is(TOMORROW.toString()))
                    .body("length", is("EXTENDED"))
                    .body("probationServiceDevice", is(true))
                    .body("location", is("Probation office"))
                    .body("referralIds.size()", is(1))
                    .body("bookedBy", is("A_PRACTITIONER"))
                    .body("followUpId", nullValue())
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith(bookings(crn) + "/" + id);

            as(Roles.READ_ONLY).get(bookings(crn) + "/" + id).then().statusCode(200).header("ETag", notNullValue())
                    .body("status", is("BOOKED"));
            as(Roles.READ_ONLY).get(path(crn)).then().body("followUps", empty());
        }

        @Test
        void in_the_past_is_refused_naming_the_date() {
            String crn = referred(true);

            as(Roles.PRACTITIONER).body(booking(today().minusDays(1), "STANDARD", null)).post(bookings(crn)).then()
                    .statusCode(422).contentType(PROBLEM).body("errors.field", contains("session.date"));
        }

        @Test
        void before_a_referral_is_a_conflict_naming_referral() {
            String crn = Crns.random();
            introduce(crn, true);

            as(Roles.PRACTITIONER).body(booking(TOMORROW, "STANDARD", null)).post(bookings(crn)).then()
                    .statusCode(409).contentType(PROBLEM).body("errors.field", contains("referral"));
        }

        @Test
        void without_a_length_is_a_bad_request_naming_it() {
            String crn = referred(true);
            Map<String, Object> details = booking(TOMORROW, "STANDARD", null);
            details.remove("length");

            as(Roles.PRACTITIONER).body(details).post(bookings(crn)).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("length"));
        }

        @Test
        void by_a_peer_mentor_of_a_session_someone_else_delivers_is_forbidden() {
            String crn = referred(true);

            asUser("SOME_MENTOR", Roles.PEER_MENTOR).body(booking(TOMORROW, "STANDARD", null)).post(bookings(crn))
                    .then().statusCode(403).contentType(PROBLEM);
        }

        @Test
        void with_a_stale_if_match_is_refused() {
            String crn = referred(true);

            as(Roles.PRACTITIONER).header("If-Match", "\"0\"").body(booking(TOMORROW, "STANDARD", null))
                    .post(bookings(crn)).then().statusCode(412).contentType(PROBLEM);
        }

        @Test
        void is_not_for_a_treatment_manager() {
            String crn = referred(true);

            as(Roles.TREATMENT_MANAGER).body(booking(TOMORROW, "STANDARD", null)).post(bookings(crn)).then()
                    .statusCode(403);
        }
    }

    @Nested
    class Listing {

        @Test
        void shows_a_persons_bookings_the_earliest_first_narrowed_by_status() {
            String crn = referred(true);
            as(Roles.PRACTITIONER).body(booking(TOMORROW.plusDays(7), "STANDARD", null)).post(bookings(crn)).then()
                    .statusCode(201);
            String first = booked(crn);
            as(Roles.PRACTITIONER).body(Map.of("reason", "RESCHEDULED")).post(bookings(crn) + "/" + first
                    + "/cancellation").then().statusCode(200);

            as(Roles.READ_ONLY).get(bookings(crn)).then().statusCode(200)
                    .body("content.session.date", contains(TOMORROW.toString(), TOMORROW.plusDays(7).toString()))
                    .body("totalElements", is(2));
            as(Roles.READ_ONLY).queryParam("status", "BOOKED").get(bookings(crn)).then().statusCode(200)
                    .body("content.session.date", contains(TOMORROW.plusDays(7).toString()));
        }

        @Test
        void with_a_status_that_is_not_one_is_a_bad_request_naming_status() {
            String crn = referred(true);

            as(Roles.READ_ONLY).queryParam("status", "SOMETIME").get(bookings(crn)).then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", contains("status"));
        }

        @Test
        void of_a_person_never_heard_of_is_not_found() {
            as(Roles.READ_ONLY).get(bookings(Crns.random())).then().statusCode(404).contentType(PROBLEM);
        }

        @Test
        void an_unknown_booking_is_not_found() {
            String crn = referred(true);

            as(Roles.READ_ONLY).get(bookings(crn) + "/" + UUID.randomUUID()).then().statusCode(404)
                    .contentType(PROBLEM);
        }
    }

    @Nested
    class Delivery {

        @Test
        void makes_the_follow_up_under_the_bookings_id_meeting_the_extended_session_rule_with_the_booked_details() {
            String crn = referred(false);
            String id = booked(crn);
            dayHasCome();

            as(Roles.PRACTITIONER).body(attended()).post(bookings(crn) + "/" + id + "/delivery").then()
                    .statusCode(200).header("ETag", notNullValue())
                    .body("status", is("DELIVERED"))
                    .body("attendance", is("ATTENDED_COMPLIED"))
                    .body("followUpId", is(id))
                    .body("closedBy", is("A_PRACTITIONER"));
            as(Roles.READ_ONLY).get(path(crn)).then().statusCode(200)
                    .body("status", is("FOLLOWED_UP"))
                    .body("followUps.id", contains(id))
                    .body("followUps[0].length", is("EXTENDED"))
                    .body("followUps[0].probationServiceDeviceUsed", is(true))
                    .body("followUps[0].session.date", is(TOMORROW.toString()))
                    .body("followUps[0].preWorkContact", is(true));
        }

        @Test
        void a_second_time_or_after_a_cancellation_is_a_conflict() {
            String crn = referred(true);
            String delivered = booked(crn);
            String cancelled = booked(crn);
            as(Roles.PRACTITIONER).body(Map.of("reason", "BOOKED_IN_ERROR")).post(bookings(crn) + "/" + cancelled
                    + "/cancellation").then().statusCode(200).body("status", is("CANCELLED"));
            dayHasCome();
            as(Roles.PRACTITIONER).body(attended()).post(bookings(crn) + "/" + delivered + "/delivery").then()
                    .statusCode(200);

            as(Roles.PRACTITIONER).body(attended()).post(bookings(crn) + "/" + delivered + "/delivery").then()
                    .statusCode(409).contentType(PROBLEM);
            as(Roles.PRACTITIONER).body(Map.of("reason", "RESCHEDULED")).post(bookings(crn) + "/" + delivered
                    + "/cancellation").then().statusCode(409).contentType(PROBLEM);
            as(Roles.PRACTITIONER).body(attended()).post(bookings(crn) + "/" + cancelled + "/delivery").then()
                    .statusCode(409).contentType(PROBLEM);
            as(Roles.READ_ONLY).get(path(crn)).then().body("followUps.size()", is(1));
        }

        @Test
        void before_the_booked_day_is_refused_naming_the_date() {
            String crn = referred(true);
            String id = booked(crn);

            as(Roles.PRACTITIONER).body(attended()).post(bookings(crn) + "/" + id + "/delivery").then()
                    .statusCode(422).contentType(PROBLEM).body("errors.field", contains("session.date"));
        }

        @Test
        void with_an_outcome_in_which_the_person_did_not_attend_is_refused_naming_attendance() {
            String crn = referred(true);
            String id = booked(crn);
            dayHasCome();

            as(Roles.PRACTITIONER).body(Map.of("attendance", "FAILED_TO_ATTEND", "reviewedModuleBeforehand", true))
                    .post(bookings(crn) + "/" + id + "/delivery").then().statusCode(422).contentType(PROBLEM)
                    .body("errors.field", contains("attendance"));
        }

        @Test
        void of_an_unknown_booking_is_not_found() {
            String crn = referred(true);

            as(Roles.PRACTITIONER).body(attended()).post(bookings(crn) + "/" + UUID.randomUUID() + "/delivery")
                    .then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Nested
    class NonAttendance {

        @Test
        void makes_a_missed_follow_up_under_the_bookings_id_with_the_outcome() {
            String crn = referred(true);
            String id = booked(crn);
            dayHasCome();

            as(Roles.PRACTITIONER).body(Map.of("outcome", "FAILED_TO_ATTEND", "notes", "No answer"))
                    .post(bookings(crn) + "/" + id + "/non-attendance").then().statusCode(200)
                    .body("status", is("MISSED"))
                    .body("attendance", is("FAILED_TO_ATTEND"))
                    .body("outcomeNotes", is("No answer"))
                    .body("followUpId", is(id));
            as(Roles.READ_ONLY).get(path(crn)).then()
                    .body("status", is("AWAITING_FOLLOW_UP"))
                    .body("followUps.id", contains(id))
                    .body("followUps[0].attendance", is("FAILED_TO_ATTEND"))
                    .body("followUps[0].preWorkContact", is(false));
        }

        @Test
        void with_an_outcome_in_which_the_person_attended_is_refused_naming_outcome() {
            String crn = referred(true);
            String id = booked(crn);
            dayHasCome();

            as(Roles.PRACTITIONER).body(Map.of("outcome", "ATTENDED_COMPLIED"))
                    .post(bookings(crn) + "/" + id + "/non-attendance").then().statusCode(422).contentType(PROBLEM)
                    .body("errors.field", contains("outcome"));
        }
    }

    @Nested
    class Cancellation {

        @Test
        void records_the_reason_and_makes_no_follow_up() {
            String crn = referred(true);
            String id = booked(crn);

            as(Roles.PRACTITIONER).body(Map.of("reason", "PERSON_UNAVAILABLE", "notes", "Hospital appointment"))
                    .post(bookings(crn) + "/" + id + "/cancellation").then().statusCode(200)
                    .body("status", is("CANCELLED"))
                    .body("cancellationReason", is("PERSON_UNAVAILABLE"))
                    .body("followUpId", nullValue());
            as(Roles.READ_ONLY).get(path(crn)).then().body("followUps", empty());
        }

        @Test
        void without_a_reason_is_a_bad_request_naming_it() {
            String crn = referred(true);
            String id = booked(crn);

            as(Roles.PRACTITIONER).body(Map.of("notes", "No reason")).post(bookings(crn) + "/" + id + "/cancellation")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("reason"));
        }

        @Test
        void with_a_reason_that_is_not_one_is_a_bad_request() {
            String crn = referred(true);
            String id = booked(crn);

            as(Roles.PRACTITIONER).body(Map.of("reason", "BORED")).post(bookings(crn) + "/" + id + "/cancellation")
                    .then().statusCode(400).contentType(PROBLEM);
            as(Roles.READ_ONLY).get(bookings(crn) + "/" + id).then().body("status", is("BOOKED"));
        }
    }
}
