package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.ALL;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.NOW;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.PRACTITIONER;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.TODAY;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.followUp;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.on;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class ReadinessRecordTest {

    private static final Set<ExerciseCode> FIRST_TWO = EnumSet.of(ExerciseCode.INTRODUCTORY_VIDEO,
            ExerciseCode.GETTING_READY);
    private static final Set<ExerciseCode> LAST_TWO = EnumSet.of(ExerciseCode.WORKING_WITH_PROBATION_FROM_HOME,
            ExerciseCode.CONDITIONS_OF_SUCCESS);

    @Nested
    class Introduction {

        @Test
        void is_recorded_once_and_a_second_one_is_a_conflict() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            record.introduce(ReadinessRecordFixtures.introduction(true), 1, TODAY, "PP1", NOW);

            assertThat(record.status()).isEqualTo(ReadinessStatus.AWAITING_REFERRAL);
            assertProblem(() -> record.introduce(ReadinessRecordFixtures.introduction(true), 1, TODAY, "PP1", NOW), ProblemType.CONFLICT);
        }

        @Test
        void without_a_suitable_device_requires_the_follow_up_to_be_extended_on_a_probation_service_device() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            record.introduce(ReadinessRecordFixtures.introduction(false), 1, TODAY, "PP1", NOW);

            ReadinessRecord.FollowUpRequirement requirement = record.followUpRequirement();
            assertThat(requirement.mustBeExtended()).isTrue();
            assertThat(requirement.probationServiceDeviceNeeded()).isTrue();
            assertThat(requirement.reasons()).containsExactly(ReadinessRecord.NO_DEVICE);
            assertThat(requirement.exercisesStillToCover()).containsExactlyElementsOf(ALL);
        }

        @Test
        void by_a_peer_mentor_must_name_their_appointment_and_collects_it_with_the_other_broken_rules() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            IntroductionDetails byMentor = new IntroductionDetails(on(TODAY.plusDays(1)),
                    Deliverer.of("Sam", DelivererRole.PEER_MENTOR), true, true, true, ALL, true, true, null,
                    null, null);

            assertRuleBroken(() -> record.introduce(byMentor, 1, TODAY, "PP1", NOW), "deliveredBy.appointmentId",
                    "session.date");
        }

        @Test
        void by_a_peer_mentor_under_a_current_appointment_records_the_appointing_programme_manager_from_it() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            Appointment appointment = AppointmentFixtures.appointed("SMENTOR", "Sam", AppointedRole.PEER_MENTOR);
            Deliverer mentor = Deliverer.appointed("Sam", DelivererRole.PEER_MENTOR, appointment.id());
            IntroductionDetails byMentor = new IntroductionDetails(on(TODAY), mentor, true, true, true, ALL, true,
                    true, null, null, null);

            record.introduce(byMentor, new Delivery(mentor, appointment, Recorder.practitioner("PP1")), 1, TODAY, NOW);

            assertThat(record.view().introduction().deliveredBy())
                    .isEqualTo(new Deliverer("Sam", DelivererRole.PEER_MENTOR, appointment.id(), AppointmentFixtures.PM));
        }

        @Test
        void cannot_be_in_the_future_or_end_before_it_starts() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            IntroductionDetails tomorrow = new IntroductionDetails(
                    new Session(TODAY.plusDays(1), LocalTime.of(10, 0), LocalTime.of(9, 0)), PRACTITIONER, true, true,
                    true, ALL, true, true, null, null, null);

            assertRuleBroken(() -> record.introduce(tomorrow, 1, TODAY, "PP1", NOW), "session.date", "session.endTime");
        }
    }

    @Nested
    class FollowUp {

        @Test
        void before_the_person_has_been_referred_is_a_conflict() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            record.introduce(ReadinessRecordFixtures.introduction(true), 1, TODAY, "PP1", NOW);

            assertProblem(() -> record.recordFollowUp(followUp(SessionLength.STANDARD, true, ALL), 1, TODAY, "PP1", NOW),
                    ProblemType.CONFLICT, "referral");
        }

        @Test
        void after_the_only_referral_was_withdrawn_is_a_conflict() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            record.introduce(ReadinessRecordFixtures.introduction(true), 1, TODAY, "PP1", NOW);
            UUID referral = UUID.randomUUID();
            record.referralReported(ReadinessRecordFixtures.submitted(referral, 1), NOW);
            record.referralReported(ReadinessRecordFixtures.withdrawn(referral, 2), NOW);

            assertThat(record.status()).isEqualTo(ReadinessStatus.AWAITING_REFERRAL);
            assertProblem(() -> record.recordFollowUp(followUp(SessionLength.STANDARD, true, ALL), 1, TODAY, "PP1", NOW),
                    ProblemType.CONFLICT, "referral");
        }

        @Test
        void before_the_introduction_is_a_conflict() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            record.referralReported(ReadinessRecordFixtures.submitted(UUID.randomUUID(), 1), NOW);

            assertThat(record.status()).isEqualTo(ReadinessStatus.AWAITING_INTRODUCTION);
            assertProblem(() -> record.recordFollowUp(followUp(SessionLength.STANDARD, true, ALL), 1, TODAY, "PP1", NOW),
                    ProblemType.CONFLICT, "introduction");
        }

        @Test
        void of_standard_length_when_the_person_has_not_reviewed_the_module_is_refused() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);

            assertRuleBroken(() -> record.recordFollowUp(followUp(SessionLength.STANDARD, false, ALL), 1, TODAY,
                    "PP1", NOW), "length");
            record.recordFollowUp(followUp(SessionLength.EXTENDED, false, ALL), 1, TODAY, "PP1", NOW);
            assertThat(record.status()).isEqualTo(ReadinessStatus.FOLLOWED_UP);
        }

        @Test
        void of_standard_length_without_a_suitable_device_is_refused_and_needs_a_probation_service_device() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(false);

            ProblemException refused = assertRuleBroken(() -> record.recordFollowUp(
                    followUp(SessionLength.STANDARD, true, ALL), 1, TODAY, "PP1", NOW), "length",
                    "probationServiceDeviceUsed");
            assertThat(refused.errors().get(0).message()).contains(ReadinessRecord.NO_DEVICE);

            record.recordFollowUp(followUp(on(TODAY), PRACTITIONER, SessionLength.EXTENDED, true, true, ALL,
                    Attendance.ATTENDED_COMPLIED), 1, TODAY, "PP1", NOW);
            assertThat(record.view().followUps()).singleElement()
                    .satisfies(f -> assertThat(f.preWorkContact()).isTrue());
        }

        @Test
        void by_a_peer_mentor_or_facilitator_without_an_appointment_is_refused() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            for (DelivererRole role : List.of(DelivererRole.PEER_MENTOR, DelivererRole.FACILITATOR)) {
                assertRuleBroken(() -> record.recordFollowUp(followUp(on(TODAY), Deliverer.of("Sam", role),
                        SessionLength.STANDARD, true, false, ALL, Attendance.ATTENDED_COMPLIED), 1, TODAY, "PP1", NOW),
                        "deliveredBy.appointmentId");
            }
            assertThat(record.view().followUps()).isEmpty();
        }

        @Test
        void by_the_facilitator_themselves_under_their_appointment_is_recorded_as_theirs() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            Appointment appointment = AppointmentFixtures.appointed("FAC1", "Alex Facilitator", AppointedRole.FACILITATOR);
            Deliverer facilitator = Deliverer.appointed("Alex Facilitator", DelivererRole.FACILITATOR, appointment.id());

            record.recordFollowUp(followUp(on(TODAY), facilitator, SessionLength.STANDARD, true, false, ALL,
                    Attendance.ATTENDED_COMPLIED), new Delivery(facilitator, appointment,
                    new Recorder("FAC1", Set.of(Recorder.Role.FACILITATOR))), 1, TODAY, NOW);

            assertThat(record.view().followUps()).singleElement().satisfies(f -> {
                assertThat(f.recordedBy()).isEqualTo("FAC1");
                assertThat(f.deliveredBy().appointmentId()).isEqualTo(appointment.id());
                assertThat(f.deliveredBy().appointedBy()).isEqualTo(AppointmentFixtures.PM);
            });
        }

        @Test
        void another_practitioner_or_an_interventions_team_member_needs_no_appointment() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            for (DelivererRole role : List.of(DelivererRole.ANOTHER_PROBATION_PRACTITIONER,
                    DelivererRole.INTERVENTIONS_TEAM_MEMBER)) {
                record.recordFollowUp(followUp(on(TODAY), Deliverer.of("Kim", role), SessionLength.STANDARD,
                        true, false, FIRST_TWO, Attendance.ATTENDED_COMPLIED), 1, TODAY, "PP1", NOW);
            }
            assertThat(record.view().followUps()).hasSize(2);
        }

        @Test
        void that_was_missed_is_recorded_but_is_not_a_pre_work_contact_and_discusses_nothing() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(false);

            assertRuleBroken(() -> record.recordFollowUp(followUp(on(TODAY), PRACTITIONER, SessionLength.EXTENDED,
                    true, true, ALL, Attendance.FAILED_TO_ATTEND), 1, TODAY, "PP1", NOW), "exercisesDiscussed");
            record.recordFollowUp(followUp(on(TODAY), PRACTITIONER, SessionLength.STANDARD, true, false, Set.of(),
                    Attendance.FAILED_TO_ATTEND), 1, TODAY, "PP1", NOW);

            assertThat(record.view().followUps()).singleElement()
                    .satisfies(f -> assertThat(f.preWorkContact()).isFalse());
            assertThat(record.status()).isEqualTo(ReadinessStatus.AWAITING_FOLLOW_UP);
        }

        @Test
        void keeps_the_referrals_linked_when_it_took_place() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            UUID linked = record.activeReferrals().get(0).referralId();

            record.recordFollowUp(followUp(SessionLength.STANDARD, true, FIRST_TWO), 1, TODAY, "PP1", NOW);

            assertThat(record.view().followUps().get(0).referralIds()).containsExactly(linked);
        }

        @Test
        void before_the_introduction_date_is_refused() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);

            assertRuleBroken(() -> record.recordFollowUp(followUp(on(TODAY.minusDays(11)), PRACTITIONER,
                    SessionLength.STANDARD, true, false, ALL, Attendance.ATTENDED_COMPLIED), 1, TODAY, "PP1", NOW),
                    "session.date");
        }

        @Test
        void after_completion_is_a_conflict_because_it_is_a_revisit() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            assertProblem(() -> record.recordFollowUp(followUp(SessionLength.STANDARD, true, ALL), 1, TODAY, "PP1",
                    NOW), ProblemType.CONFLICT);
        }
    }

    @Nested
    class Completion {

        @Test
        void needs_attended_follow_ups_that_together_cover_all_four_exercises() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            record.recordFollowUp(followUp(on(TODAY.minusDays(3)), PRACTITIONER, SessionLength.STANDARD, true, false,
                    FIRST_TWO, Attendance.ATTENDED_COMPLIED), 1, TODAY, "PP1", NOW);
            record.recordFollowUp(followUp(on(TODAY.minusDays(2)), PRACTITIONER, SessionLength.STANDARD, true, false,
                    Set.of(), Attendance.FAILED_TO_ATTEND), 1, TODAY, "PP1", NOW);

            ProblemException notYet = assertProblem(() -> record.complete(
                    new CompletionDetails(TODAY, null, null), 1, TODAY, "PP1", NOW), ProblemType.CONFLICT, "followUps");
            assertThat(notYet.errors().get(0).message()).contains("WORKING_WITH_PROBATION_FROM_HOME",
                    "CONDITIONS_OF_SUCCESS");
            assertThat(record.followUpRequirement().exercisesStillToCover()).containsExactlyElementsOf(LAST_TWO);

            record.recordFollowUp(followUp(on(TODAY.minusDays(1)), PRACTITIONER, SessionLength.STANDARD, true, false,
                    LAST_TWO, Attendance.ATTENDED_COMPLIED), 1, TODAY, "PP1", NOW);
            assertRuleBroken(() -> record.complete(new CompletionDetails(TODAY.minusDays(2), null, null), 1, TODAY,
                    "PP1", NOW), "completedOn");
            record.complete(new CompletionDetails(TODAY.minusDays(1), null, null), 1, TODAY, "PP1", NOW);

            assertThat(record.completion()).hasValueSatisfying(c -> assertThat(c.completedOn()).isEqualTo(TODAY.minusDays(1)));
            assertThat(record.status()).isEqualTo(ReadinessStatus.AWAITING_ASSESSMENT);
        }

        @Test
        void a_second_completion_is_a_conflict() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            assertProblem(() -> record.complete(new CompletionDetails(TODAY, null, null), 1, TODAY, "PP1", NOW),
                    ProblemType.CONFLICT);
            assertThat(record.completion()).hasValueSatisfying(c -> assertThat(c.completedOn()).isEqualTo(TODAY.minusDays(2)));
        }

        @Test
        void cannot_be_dated_in_the_future() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            record.recordFollowUp(followUp(SessionLength.STANDARD, true, ALL), 1, TODAY, "PP1", NOW);

            assertRuleBroken(() -> record.complete(new CompletionDetails(TODAY.plusDays(1), null, null), 1, TODAY,
                    "PP1", NOW), "completedOn");
        }
    }

    @Nested
    class Revisit {

        @Test
        void never_completes_the_module_again() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            ModuleCompletion before = record.completion().orElseThrow();

            record.revisit(new RevisitDetails(on(TODAY), PRACTITIONER, Set.of(ExerciseCode.CONDITIONS_OF_SUCCESS),
                    "refresher", null, null), 1, TODAY, "PP1", NOW);
            record.revisit(new RevisitDetails(on(TODAY), PRACTITIONER, ALL, null, null, null), 1, TODAY, "PP1", NOW);

            assertThat(record.view().revisits()).hasSize(2);
            assertThat(record.completion()).contains(before);
        }

        @Test
        void before_completion_is_a_conflict() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);

            assertProblem(() -> record.revisit(new RevisitDetails(on(TODAY), PRACTITIONER, ALL, null, null, null), 1,
                    TODAY, "PP1", NOW), ProblemType.CONFLICT);
        }

        @Test
        void before_the_completion_date_is_refused() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            assertRuleBroken(() -> record.revisit(new RevisitDetails(on(TODAY.minusDays(3)), PRACTITIONER, ALL, null,
                    null, null), 1, TODAY, "PP1", NOW), "session.date");
        }
    }

    @Nested
    class Assessment {

        @Test
        void ready_before_the_module_is_complete_is_a_conflict() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);

            assertProblem(() -> record.assess(new AssessmentDetails(true, Set.of(), null, null, null), "PP1", NOW),
                    ProblemType.CONFLICT, "ready");
        }

        @Test
        void ready_after_completion_makes_the_person_ready_and_raises_no_concern() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            assertThat(record.assess(new AssessmentDetails(true, Set.of(), null, null, null), "PP1", NOW)).isEmpty();
            assertThat(record.status()).isEqualTo(ReadinessStatus.READY);
        }

        @Test
        void not_ready_names_barriers_and_says_why() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            assertRuleBroken(() -> record.assess(new AssessmentDetails(false, Set.of(), null, null, null), "PP1", NOW),
                    "barriers", "notes");
            assertRuleBroken(() -> record.assess(new AssessmentDetails(true, Set.of(ReadinessBarrier.MOTIVATION), null,
                    null, null), "PP1", NOW), "barriers");
        }

        @Test
        void other_as_a_barrier_must_be_described() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            assertRuleBroken(() -> record.assess(new AssessmentDetails(false, Set.of(ReadinessBarrier.OTHER), " ",
                    null, null), "PP1", NOW), "notes");
        }

        @Test
        void not_ready_raises_a_concern_for_the_practitioners_and_the_treatment_manager() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            Concern concern = record.assess(new AssessmentDetails(false, Set.of(ReadinessBarrier.WORK_PATTERN,
                    ReadinessBarrier.ABILITY_TO_ATTEND), "Shifts change weekly", null, true), "PP2", NOW).orElseThrow();

            Concern.View view = concern.view();
            assertThat(view.addressedTo()).containsExactly("PROBATION_PRACTITIONER", "TREATMENT_MANAGER");
            assertThat(view.practitioners()).containsExactly("PP2", "PP1");
            assertThat(view.barriers()).containsExactly(ReadinessBarrier.ABILITY_TO_ATTEND, ReadinessBarrier.WORK_PATTERN);
            assertThat(view.description()).isEqualTo("Shifts change weekly");
            assertThat(view.recommendSentencePlanReassessment()).isTrue();
            assertThat(record.status()).isEqualTo(ReadinessStatus.NOT_READY);
            assertThat(record.view().openConcerns()).isEqualTo(1);
            assertThat(record.view().assessments().get(0).concernId()).isEqualTo(view.id());
        }

        @Test
        void ready_with_unresolved_issues_still_raises_a_concern() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            assertThat(record.assess(new AssessmentDetails(true, Set.of(), null, "Housing may change next month",
                    null), "PP1", NOW)).hasValueSatisfying(c -> assertThat(c.view().description())
                    .isEqualTo("Housing may change next month"));
            assertThat(record.status()).isEqualTo(ReadinessStatus.READY);
        }

        @Test
        void a_recommendation_to_reassess_the_sentence_plan_goes_only_with_a_concern() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            assertRuleBroken(() -> record.assess(new AssessmentDetails(true, Set.of(), null, null, true), "PP1", NOW),
                    "recommendSentencePlanReassessment");
        }

        @Test
        void the_latest_assessment_stands() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            record.assess(new AssessmentDetails(false, Set.of(ReadinessBarrier.MOTIVATION), "unsure", null, null),
                    "PP1", NOW.minusHours(1));
            record.assess(new AssessmentDetails(true, Set.of(), null, null, null), "PP1", NOW);

            assertThat(record.status()).isEqualTo(ReadinessStatus.READY);
        }

        @Test
        void is_made_for_the_referrals_open_at_the_time_leaving_out_withdrawn_and_completed_ones() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            UUID first = record.openReferrals().get(0).referralId();
            UUID withdrawn = UUID.randomUUID();
            UUID completed = UUID.randomUUID();
            record.referralReported(ReadinessRecordFixtures.submitted(withdrawn, 1), NOW.minusDays(4));
            record.referralReported(ReadinessRecordFixtures.withdrawn(withdrawn, 2), NOW.minusDays(3));
            record.referralReported(ReadinessRecordFixtures.submitted(completed, 1), NOW.minusDays(4));
            record.referralReported(new LinkedReferral.Report(completed, UUID.randomUUID(), "Positive Pathways",
                    "london", LinkedReferral.COMPLETED, "TM1", NOW.minusDays(1), 5, "http://referral-service/referrals/"
                    + completed, false), NOW.minusDays(1));

            record.assess(new AssessmentDetails(true, Set.of(), null, null, null), "PP1", NOW);

            assertThat(record.view().assessments().get(0).referralIds()).containsExactly(first);
        }

        @Test
        void leaves_out_referrals_deselected_or_ended_without_completion_as_it_does_completed_ones() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            UUID first = record.openReferrals().get(0).referralId();
            for (String closed : List.of("DESELECTED", "ENDED_WITHOUT_COMPLETION")) {
                UUID referral = UUID.randomUUID();
                record.referralReported(ReadinessRecordFixtures.submitted(referral, 1), NOW.minusDays(4));
                record.referralReported(new LinkedReferral.Report(referral, UUID.randomUUID(), "Positive Pathways",
                        "london", closed, "TM1", NOW.minusDays(1), 5, "http://referral-service/referrals/" + referral, false),
                        NOW.minusDays(1));
            }

            record.assess(new AssessmentDetails(true, Set.of(), null, null, null), "PP1", NOW);

            assertThat(record.view().assessments().get(0).referralIds()).containsExactly(first);
        }

        @Test
        void a_referral_linked_after_a_ready_assessment_leaves_the_person_awaiting_an_assessment_made_for_it() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            record.assess(new AssessmentDetails(true, Set.of(), null, null, null), "PP1", NOW.minusHours(2));
            UUID later = UUID.randomUUID();

            record.referralReported(ReadinessRecordFixtures.submitted(later, 1), NOW.minusHours(1));

            assertThat(record.status()).isEqualTo(ReadinessStatus.AWAITING_ASSESSMENT);
            record.assess(new AssessmentDetails(true, Set.of(), null, null, null), "PP1", NOW);
            assertThat(record.status()).isEqualTo(ReadinessStatus.READY);
            assertThat(record.view().assessments().get(1).referralIds()).contains(later).hasSize(2);
        }

        @Test
        void a_concern_is_acknowledged_once() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            UUID concern = record.assess(new AssessmentDetails(false, Set.of(ReadinessBarrier.MOTIVATION), "unsure",
                    null, null), "PP1", NOW).orElseThrow().id();

            record.acknowledgeConcern(concern, "seen", "TM1", NOW);

            assertThat(record.view().openConcerns()).isZero();
            assertThat(record.view().concerns().get(0).acknowledgedBy()).isEqualTo("TM1");
            assertProblem(() -> record.acknowledgeConcern(concern, null, "TM1", NOW), ProblemType.CONFLICT);
            assertProblem(() -> record.acknowledgeConcern(UUID.randomUUID(), null, "TM1", NOW), ProblemType.NOT_FOUND);
        }
    }

    @Nested
    class ConcernRegions {

        private static final AssessmentDetails NOT_READY = new AssessmentDetails(false,
                Set.of(ReadinessBarrier.MOTIVATION), "unsure", null, null);

        @Test
        void a_concern_affects_the_regions_of_the_referrals_its_assessment_was_made_for_each_once_in_catalogue_order() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            record.referralReported(ReadinessRecordFixtures.submitted(UUID.randomUUID(), 1, "wales"), NOW.minusDays(4));
            record.referralReported(ReadinessRecordFixtures.submitted(UUID.randomUUID(), 1, "london"), NOW.minusDays(4));
            UUID withdrawn = UUID.randomUUID();
            record.referralReported(ReadinessRecordFixtures.submitted(withdrawn, 1, "north-east"), NOW.minusDays(4));
            record.referralReported(ReadinessRecordFixtures.withdrawn(withdrawn, 2), NOW.minusDays(3));
            UUID completed = UUID.randomUUID();
            record.referralReported(ReadinessRecordFixtures.submitted(completed, 1, "south-west"), NOW.minusDays(4));
            record.referralReported(ReadinessRecordFixtures.reported(completed, LinkedReferral.COMPLETED, 2,
                    "south-west", false), NOW.minusDays(1));

            Concern concern = record.assess(NOT_READY, "PP1", NOW).orElseThrow();

            assertThat(concern.view().regions()).as("not the withdrawn or completed referrals' regions")
                    .containsExactly("wales", "london");
            assertThat(record.view().concerns().get(0).regions()).containsExactly("wales", "london");
        }

        @Test
        void a_concern_raised_with_no_referral_open_affects_no_region() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW.minusDays(20));
            record.introduce(ReadinessRecordFixtures.introduction(true), 1, TODAY, "PP1", NOW.minusDays(10));

            assertThat(record.assess(NOT_READY, "PP1", NOW).orElseThrow().view().regions()).isEmpty();
        }

        @Test
        void a_referral_whose_region_is_reported_later_adds_it_to_the_concerns_raised_for_it_and_no_others() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            UUID unknown = UUID.randomUUID();
            record.referralReported(ReadinessRecordFixtures.submitted(unknown, 1, null), NOW.minusDays(4));
            Concern earlier = record.assess(NOT_READY, "PP1", NOW.minusHours(2)).orElseThrow();
            record.acknowledgeConcern(earlier.id(), null, "TM1", NOW.minusHours(1));
            UUID later = UUID.randomUUID();
            record.referralReported(ReadinessRecordFixtures.submitted(later, 1, null), NOW.minusMinutes(30));
            assertThat(earlier.view().regions()).containsExactly("london");

            record.referralReported(ReadinessRecordFixtures.reported(unknown, "SUITABLE_BUT_NOT_READY", 2, "wales",
                    false), NOW);
            record.referralReported(ReadinessRecordFixtures.reported(later, "AWAITING_READINESS", 2, "north-west",
                    false), NOW);

            assertThat(earlier.view().regions()).as("north-west's referral came after the assessment")
                    .containsExactly("wales", "london");
            assertThat(record.view().linkedReferrals()).extracting(LinkedReferral.View::region)
                    .containsExactly("london", "wales", "north-west");
        }

        @Test
        void a_later_report_without_a_region_keeps_the_one_held() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            UUID referral = record.openReferrals().get(0).referralId();

            record.referralReported(ReadinessRecordFixtures.reported(referral, "READY_TO_ALLOCATE", 2, null, false), NOW);

            assertThat(record.openReferrals().get(0).region()).isEqualTo("london");
        }
    }

    @Nested
    class LinkedReferrals {

        @Test
        void a_submitted_referral_links_and_a_withdrawn_one_unlinks() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            UUID referral = UUID.randomUUID();

            assertThat(record.referralReported(ReadinessRecordFixtures.submitted(referral, 1), NOW)).isTrue();
            assertThat(record.view().linkedReferrals()).extracting(LinkedReferral.View::referralId)
                    .containsExactly(referral);
            assertThat(record.referralReported(ReadinessRecordFixtures.withdrawn(referral, 3), NOW)).isTrue();
            assertThat(record.view().linkedReferrals()).isEmpty();
        }

        @Test
        void a_repeated_or_older_report_changes_nothing() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            UUID referral = UUID.randomUUID();
            record.referralReported(ReadinessRecordFixtures.submitted(referral, 1), NOW);
            record.referralReported(ReadinessRecordFixtures.withdrawn(referral, 3), NOW);

            assertThat(record.referralReported(ReadinessRecordFixtures.submitted(referral, 1), NOW)).isFalse();
            assertThat(record.referralReported(ReadinessRecordFixtures.withdrawn(referral, 3), NOW)).isFalse();
            assertThat(record.view().linkedReferrals()).isEmpty();
        }

        @Test
        void a_withdrawal_heard_before_the_submission_keeps_the_referral_unlinked() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);
            UUID referral = UUID.randomUUID();

            record.referralReported(ReadinessRecordFixtures.withdrawn(referral, 3), NOW);
            record.referralReported(ReadinessRecordFixtures.submitted(referral, 1), NOW);

            assertThat(record.activeReferrals()).isEmpty();
        }
    }

    private static ProblemException assertRuleBroken(ThrowingCallable call, String... fields) {
        return assertProblem(call, ProblemType.RULE_BROKEN, fields);
    }

    private static ProblemException assertProblem(ThrowingCallable call, ProblemType type, String... fields) {
        ProblemException[] thrown = new ProblemException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields);
            thrown[0] = e;
        });
        return thrown[0];
    }
}
