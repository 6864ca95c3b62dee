package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.ALL_EXERCISES;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.byPractitioner;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.completion;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.followUp;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduce;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduction;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.session;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.today;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
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
class ReadinessResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** A person introduced, referred, followed up on all four exercises and complete. */
    private static String completed() {
        String crn = Crns.random();
        introduce(crn, true);
        ReferralEventFixtures.referred(crn);
        as(Roles.PRACTITIONER).body(followUp("STANDARD", true, ALL_EXERCISES)).post(path(crn) + "/follow-ups").then()
                .statusCode(201);
        as(Roles.PRACTITIONER).body(completion()).post(path(crn) + "/completion").then().statusCode(201);
        return crn;
    }

    @Nested
    class GetRecord {

        @Test
        void of_a_person_never_heard_of_is_not_found() {
            as(Roles.READ_ONLY).get(path(Crns.random())).then().statusCode(404).contentType(PROBLEM);
        }

        @Test
        void with_a_path_that_is_not_a_crn_is_a_bad_request_naming_crn() {
            as(Roles.READ_ONLY).get(path("x12")).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("crn"));
        }

        @Test
        void shows_the_status_the_next_step_and_an_etag_to_every_reading_role() {
            String crn = Crns.random();
            introduce(crn, false);
            for (String role : List.of(Roles.READ_ONLY, Roles.TREATMENT_MANAGER, Roles.PRACTITIONER)) {
                as(role).get(path(crn)).then().statusCode(200).header("ETag", notNullValue())
                        .body("crn", is(crn))
                        .body("status", is("AWAITING_REFERRAL"))
                        .body("nextStep", containsString("Refer"))
                        .body("followUpRequirement.mustBeExtended", is(true))
                        .body("followUpRequirement.probationServiceDeviceNeeded", is(true))
                        .body("introduction.moduleVersion", is(1))
                        .body("introduction.recordedBy", is("A_PRACTITIONER"));
            }
        }
    }

    @Nested
    class Introduction {

        @Test
        void opens_the_record_and_a_second_introduction_is_a_conflict() {
            String crn = Crns.random();
            as(Roles.PRACTITIONER).body(introduction(true)).post(path(crn) + "/introduction").then().statusCode(201)
                    .header("Location", containsString(path(crn))).body("status", is("AWAITING_REFERRAL"));

            as(Roles.PRACTITIONER).body(introduction(true)).post(path(crn) + "/introduction").then().statusCode(409)
                    .contentType(PROBLEM);
        }

        @Test
        void without_the_device_question_answered_is_a_bad_request_naming_the_field() {
            Map<String, Object> details = new LinkedHashMap<>(introduction(true));
            details.remove("suitableDevice");

            as(Roles.PRACTITIONER).body(details).post(path(Crns.random()) + "/introduction").then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", hasItem("suitableDevice"));
        }

        @Test
        void by_a_peer_mentor_without_an_appointment_is_refused_and_writes_nothing() {
            String crn = Crns.random();
            Map<String, Object> details = new LinkedHashMap<>(introduction(true));
            details.put("deliveredBy", Map.of("name", "Sam", "role", "PEER_MENTOR"));

            as(Roles.PRACTITIONER).body(details).post(path(crn) + "/introduction").then().statusCode(422)
                    .contentType(PROBLEM).body("errors.field", contains("deliveredBy.appointmentId"));
            as(Roles.READ_ONLY).get(path(crn)).then().statusCode(404);
        }

        @Test
        void naming_the_programme_manager_as_free_text_as_before_is_refused_with_where_to_name_the_appointment() {
            String crn = Crns.random();
            Map<String, Object> details = new LinkedHashMap<>(introduction(true));
            details.put("deliveredBy", Map.of("name", "Sam", "role", "PEER_MENTOR", "appointedBy", "Alex PM"));

            as(Roles.PRACTITIONER).body(details).post(path(crn) + "/introduction").then().statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors.field", contains("deliveredBy.appointedBy", "deliveredBy.appointmentId"))
                    .body("errors[0].message", containsString("appointmentId"));
        }

        @Test
        void naming_a_module_version_that_does_not_exist_is_refused() {
            Map<String, Object> details = new LinkedHashMap<>(introduction(true));
            details.put("moduleVersion", 99);

            as(Roles.PRACTITIONER).body(details).post(path(Crns.random()) + "/introduction").then().statusCode(422)
                    .body("errors.field", contains("moduleVersion"));
        }

        @Test
        void is_not_for_treatment_managers_read_only_users_or_programme_managers() {
            for (String role : List.of(Roles.TREATMENT_MANAGER, Roles.READ_ONLY, Roles.PROGRAMME_MANAGER)) {
                as(role).body(introduction(true)).post(path(Crns.random()) + "/introduction").then().statusCode(403);
            }
        }
    }

    @Nested
    class FollowUps {

        @Test
        void before_the_person_has_been_referred_is_a_conflict() {
            String crn = Crns.random();
            introduce(crn, true);

            as(Roles.PRACTITIONER).body(followUp("STANDARD", true, ALL_EXERCISES)).post(path(crn) + "/follow-ups").then()
                    .statusCode(409).contentType(PROBLEM).body("errors.field", contains("referral"));
        }

        @Test
        void of_standard_length_where_an_extended_one_is_required_is_refused() {
            String crn = Crns.random();
            introduce(crn, false);
            ReferralEventFixtures.referred(crn);

            as(Roles.PRACTITIONER).body(followUp("STANDARD", true, ALL_EXERCISES)).post(path(crn) + "/follow-ups").then()
                    .statusCode(422).contentType(PROBLEM)
                    .body("errors.field", contains("length", "probationServiceDeviceUsed"))
                    .body("errors[0].message", containsString("no suitable device"));

            Map<String, Object> extended = new LinkedHashMap<>(followUp("EXTENDED", false, ALL_EXERCISES));
            extended.put("probationServiceDeviceUsed", true);
            as(Roles.PRACTITIONER).body(extended).post(path(crn) + "/follow-ups").then().statusCode(201)
                    .body("status", is("FOLLOWED_UP"))
                    .body("followUps[0].length", is("EXTENDED"))
                    .body("followUps[0].preWorkContact", is(true))
                    .body("followUps[0].referralIds.size()", is(1));
        }

        @Test
        void honours_if_match_and_answers_a_stale_version_with_412() {
            String crn = Crns.random();
            introduce(crn, true);
            ReferralEventFixtures.referred(crn);
            String etag = as(Roles.READ_ONLY).get(path(crn)).then().extract().header("ETag");
            as(Roles.PRACTITIONER).body(followUp("STANDARD", true, List.of("GETTING_READY"))).header("If-Match", etag)
                    .post(path(crn) + "/follow-ups").then().statusCode(201);

            as(Roles.PRACTITIONER).body(followUp("STANDARD", true, List.of("GETTING_READY"))).header("If-Match", etag)
                    .post(path(crn) + "/follow-ups").then().statusCode(412).contentType(PROBLEM);
        }
    }

    @Nested
    class Completion {

        @Test
        void before_the_follow_ups_cover_all_four_exercises_is_a_conflict() {
            String crn = Crns.random();
            introduce(crn, true);
            ReferralEventFixtures.referred(crn);
            as(Roles.PRACTITIONER).body(followUp("STANDARD", true, List.of("GETTING_READY"))).post(path(crn) + "/follow-ups")
                    .then().statusCode(201).body("followUpRequirement.exercisesStillToCover",
                            contains("INTRODUCTORY_VIDEO", "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS"));

            as(Roles.PRACTITIONER).body(completion()).post(path(crn) + "/completion").then().statusCode(409)
                    .body("errors.field", contains("followUps"));
        }

        @Test
        void a_second_completion_is_a_conflict() {
            String crn = completed();

            as(Roles.PRACTITIONER).body(completion()).post(path(crn) + "/completion").then().statusCode(409)
                    .contentType(PROBLEM).body("userMessage", containsString("completes once"));
            assertThat(TestDatabase.queryForText("SELECT count(*) FROM outbox_event WHERE event_key = ? AND event_type = ?", crn,
                    "structured-interventions.readiness.module-completed")).isEqualTo("1");
        }
    }

    @Nested
    class Revisits {

        @Test
        void are_recorded_after_completion_and_never_complete_the_module_again() {
            String crn = completed();
            Map<String, Object> revisit = Map.of("session", session(today()),
                    "deliveredBy", byPractitioner(), "exercisesRevisited", List.of("CONDITIONS_OF_SUCCESS"));

            as(Roles.PRACTITIONER).body(revisit).post(path(crn) + "/revisits").then().statusCode(201)
                    .body("revisits.size()", is(1)).body("completion.completedOn", is(today().toString()));
            as(Roles.PRACTITIONER).body(revisit).post(path(crn) + "/revisits").then().statusCode(201)
                    .body("revisits.size()", is(2));
        }

        @Test
        void before_completion_are_a_conflict() {
            String crn = Crns.random();
            introduce(crn, true);
            Map<String, Object> revisit = Map.of("session", session(today()),
                    "deliveredBy", byPractitioner(), "exercisesRevisited", List.of("GETTING_READY"));

            as(Roles.PRACTITIONER).body(revisit).post(path(crn) + "/revisits").then().statusCode(409);
        }
    }

    @Nested
    class Assessments {

        @Test
        void ready_before_completion_is_a_conflict() {
            String crn = Crns.random();
            introduce(crn, true);

            as(Roles.PRACTITIONER).body(Map.of("ready", true)).post(path(crn) + "/assessments").then().statusCode(409)
                    .body("errors.field", contains("ready"));
        }

        @Test
        void not_ready_raises_a_concern_that_a_treatment_manager_acknowledges_once() {
            String crn = completed();
            String concern = as(Roles.PRACTITIONER).body(Map.of("ready", false, "barriers", List.of("WORK_PATTERN"),
                    "notes", "Shifts change weekly", "recommendSentencePlanReassessment", true))
                    .post(path(crn) + "/assessments").then().statusCode(201)
                    .body("status", is("NOT_READY"))
                    .body("openConcerns", is(1))
                    .body("concerns[0].addressedTo", contains("PROBATION_PRACTITIONER", "TREATMENT_MANAGER"))
                    .body("concerns[0].practitioners", contains("A_PRACTITIONER"))
                    .body("concerns[0].recommendSentencePlanReassessment", is(true))
                    .extract().path("concerns[0].id");
            String acknowledgement = path(crn) + "/concerns/" + concern + "/acknowledgement";

            as(Roles.PRACTITIONER).body(Map.of()).post(acknowledgement).then().statusCode(403);
            as(Roles.TREATMENT_MANAGER).body(Map.of("notes", "Moved to the next cohort")).post(acknowledgement).then()
                    .statusCode(200).body("openConcerns", is(0)).body("concerns[0].acknowledgedBy", is("A_MANAGER"));
            as(Roles.TREATMENT_MANAGER).body(Map.of()).post(acknowledgement).then().statusCode(409);
        }

        @Test
        void are_made_for_the_referrals_open_at_the_time_so_a_later_referral_waits_for_one_of_its_own() {
            String crn = completed();
            List<String> first = as(Roles.PRACTITIONER).body(Map.of("ready", true)).post(path(crn) + "/assessments")
                    .then().statusCode(201).body("status", is("READY")).extract().path("assessments[0].referralIds");
            assertThat(first).hasSize(1);

            UUID later = ReferralEventFixtures.referred(crn);
            as(Roles.READ_ONLY).get(path(crn)).then().statusCode(200).body("status", is("AWAITING_ASSESSMENT"));

            as(Roles.PRACTITIONER).body(Map.of("ready", true)).post(path(crn) + "/assessments").then().statusCode(201)
                    .body("status", is("READY"))
                    .body("assessments[1].referralIds", contains(first.get(0), later.toString()));
        }

        @Test
        void not_ready_without_barriers_or_reasons_is_refused_naming_both() {
            String crn = completed();

            as(Roles.PRACTITIONER).body(Map.of("ready", false)).post(path(crn) + "/assessments").then().statusCode(422)
                    .body("errors.field", contains("barriers", "notes"));
        }

        @Test
        void with_an_unknown_barrier_is_a_bad_request() {
            String crn = completed();

            as(Roles.PRACTITIONER).body(Map.of("ready", false, "barriers", List.of("WEATHER"), "notes", "n"))
                    .post(path(crn) + "/assessments").then().statusCode(400).contentType(PROBLEM);
        }
    }
}
