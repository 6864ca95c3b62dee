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

/** What the record keeps of each step: what the step returns, who changed the record last and when, what it shows. */
class ReadinessRecordKeepingTest {

    private static final Set<ExerciseCode> FIRST_TWO = EnumSet.of(ExerciseCode.INTRODUCTORY_VIDEO,
            ExerciseCode.GETTING_READY);
    private static final Set<ExerciseCode> LAST_TWO = EnumSet.of(ExerciseCode.WORKING_WITH_PROBATION_FROM_HOME,
            ExerciseCode.CONDITIONS_OF_SUCCESS);

    /** A peer mentor who records only their own sessions, here recording one a practitioner delivered. */
    private static final Recorder MENTOR_RECORDING = new Recorder("SMENTOR", Set.of(Recorder.Role.PEER_MENTOR));

    private static void assertLastChangedBy(ReadinessRecord record, String by, java.time.OffsetDateTime at) {
        ReadinessRecord.View view = record.view();
        assertThat(view.updatedBy()).isEqualTo(by);
        assertThat(view.updatedAt()).isEqualTo(at);
    }

    private static void assertForbidden(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
    }

    private static AssessmentDetails notReady(String notes) {
        return new AssessmentDetails(false, Set.of(ReadinessBarrier.MOTIVATION), notes, null, null);
    }

    @Nested
    class A_new_record {

        @Test
        void belongs_to_the_person_and_says_the_first_step_is_the_introduction() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);

            assertThat(record.crn()).isEqualTo("X123456");
            ReadinessRecord.View view = record.view();
            assertThat(view.crn()).isEqualTo("X123456");
            assertThat(view.openedAt()).isEqualTo(NOW);
            assertThat(view.status()).isEqualTo(ReadinessStatus.AWAITING_INTRODUCTION);
            assertThat(view.nextStep()).isEqualTo("Introduce the pre-intervention module.");
            assertLastChangedBy(record, "readiness-service", NOW);
        }
    }

    @Nested
    class The_introduction {

        @Test
        void is_returned_as_recorded_with_every_exercise_overviewed_and_the_recorder_changed_the_record() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW.minusDays(20));

            Introduction introduction = record.introduce(ReadinessRecordFixtures.introduction(true), 2, TODAY, "PP1",
                    NOW.minusDays(10));

            Introduction.View shown = record.view().introduction();
            assertThat(introduction.view()).isEqualTo(shown);
            assertThat(shown.id()).isNotNull();
            assertThat(shown.exercisesOverviewed()).containsExactlyElementsOf(ALL);
            assertThat(shown.moduleVersion()).isEqualTo(2);
            assertThat(shown.recordedBy()).isEqualTo("PP1");
            assertThat(shown.recordedAt()).isEqualTo(NOW.minusDays(10));
            assertLastChangedBy(record, "PP1", NOW.minusDays(10));
        }

        @Test
        void by_someone_who_records_only_their_own_sessions_is_refused_for_a_practitioners_session() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW);

            assertForbidden(() -> record.introduce(ReadinessRecordFixtures.introduction(true),
                    new Delivery(PRACTITIONER, null, MENTOR_RECORDING), 1, TODAY, NOW));
            assertThat(record.view().introduction()).isNull();
        }

        @Test
        void of_no_exercise_overviewed_shows_none() {
            IntroductionDetails details = new IntroductionDetails(on(TODAY), PRACTITIONER, true, true, true, null,
                    true, true, null, null, null);

            assertThat(details.exercisesOverviewed()).isEmpty();
        }
    }

    @Nested
    class A_follow_up {

        @Test
        void is_returned_as_recorded_with_its_notes_and_the_recorder_changed_the_record() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            FollowUpDetails details = new FollowUpDetails(on(TODAY.minusDays(2)), PRACTITIONER, SessionLength.STANDARD,
                    true, false, FIRST_TWO, "Reflective", Attendance.ATTENDED_COMPLIED, null, "Went well");

            FollowUp followUp = record.recordFollowUp(details, 2, TODAY, "PP2", NOW.minusDays(2));

            FollowUp.View shown = record.view().followUps().get(0);
            assertThat(followUp.view()).isEqualTo(shown);
            assertThat(shown.id()).isEqualTo(followUp.id());
            assertThat(shown.moduleVersion()).isEqualTo(2);
            assertThat(shown.notes()).isEqualTo("Went well");
            assertThat(shown.recordedAt()).isEqualTo(NOW.minusDays(2));
            assertLastChangedBy(record, "PP2", NOW.minusDays(2));
        }
    }

    @Nested
    class Completion {

        @Test
        void is_returned_as_recorded_and_the_recorder_changed_the_record() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            record.recordFollowUp(followUp(SessionLength.STANDARD, true, ALL), 1, TODAY, "PP1", NOW.minusDays(2));

            ModuleCompletion completion = record.complete(new CompletionDetails(TODAY.minusDays(1), null, "Done"), 1,
                    TODAY, "PP2", NOW.minusDays(1));

            assertThat(record.completion()).contains(completion);
            assertThat(completion.completedOn()).isEqualTo(TODAY.minusDays(1));
            assertLastChangedBy(record, "PP2", NOW.minusDays(1));
        }

        @Test
        void after_two_follow_ups_on_one_day_that_together_covered_every_exercise_may_be_that_day() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            Session afternoon = new Session(TODAY.minusDays(2), LocalTime.of(14, 0), LocalTime.of(15, 0));
            record.recordFollowUp(followUp(afternoon, PRACTITIONER, SessionLength.STANDARD, true, false, LAST_TWO,
                    Attendance.ATTENDED_COMPLIED), 1, TODAY, "PP1", NOW.minusDays(2));
            record.recordFollowUp(followUp(on(TODAY.minusDays(2)), PRACTITIONER, SessionLength.STANDARD, true, false,
                    FIRST_TWO, Attendance.ATTENDED_COMPLIED), 1, TODAY, "PP1", NOW.minusDays(2));

            record.complete(new CompletionDetails(TODAY.minusDays(2), null, null), 1, TODAY, "PP1", NOW);

            assertThat(record.completion()).hasValueSatisfying(
                    completion -> assertThat(completion.completedOn()).isEqualTo(TODAY.minusDays(2)));
        }

        @Test
        void leaves_nothing_for_a_follow_up_to_do() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            assertThat(record.followUpRequirement())
                    .isEqualTo(new ReadinessRecord.FollowUpRequirement(false, false, List.of(), List.of()));
            assertThat(record.view().followUpRequirement()).isEqualTo(record.followUpRequirement());
        }

        @Test
        void is_the_same_completion_when_everything_about_it_is_the_same() {
            CompletionDetails details = new CompletionDetails(TODAY, 1, "Done");
            ModuleCompletion one = ModuleCompletion.of(details, 1, TODAY, TODAY, "PP1", NOW);
            ModuleCompletion same = ModuleCompletion.of(details, 1, TODAY, TODAY, "PP1", NOW);

            assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
            assertThat(one).isNotEqualTo(ModuleCompletion.of(details, 1, TODAY, TODAY, "PP2", NOW));
        }
    }

    @Nested
    class A_revisit {

        @Test
        void is_returned_as_recorded_and_shown_with_the_exercises_revisited_in_order() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            RevisitDetails details = new RevisitDetails(on(TODAY), PRACTITIONER,
                    Set.of(ExerciseCode.CONDITIONS_OF_SUCCESS, ExerciseCode.GETTING_READY), "Before the first session",
                    2, "Asked to see it again");

            Revisit revisit = record.revisit(details, 2, TODAY, "PP2", NOW);

            Revisit.View shown = record.view().revisits().get(0);
            assertThat(revisit.view()).isEqualTo(shown);
            assertThat(shown.id()).isEqualTo(revisit.id());
            assertThat(shown.exercisesRevisited())
                    .containsExactly(ExerciseCode.GETTING_READY, ExerciseCode.CONDITIONS_OF_SUCCESS);
            assertThat(shown.reason()).isEqualTo("Before the first session");
            assertThat(shown.moduleVersion()).isEqualTo(2);
            assertThat(shown.notes()).isEqualTo("Asked to see it again");
            assertThat(shown.recordedBy()).isEqualTo("PP2");
            assertThat(shown.recordedAt()).isEqualTo(NOW);
            assertLastChangedBy(record, "PP2", NOW);
        }

        @Test
        void by_someone_who_records_only_their_own_sessions_is_refused_for_a_practitioners_session() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();
            RevisitDetails details = new RevisitDetails(on(TODAY), PRACTITIONER, ALL, null, null, null);

            assertForbidden(() -> record.revisit(details, new Delivery(PRACTITIONER, null, MENTOR_RECORDING), 1, TODAY,
                    NOW));
            assertThat(record.view().revisits()).isEmpty();
        }

        @Test
        void of_no_exercise_named_revisits_none() {
            assertThat(new RevisitDetails(on(TODAY), PRACTITIONER, null, null, null, null).exercisesRevisited()).isEmpty();
        }
    }

    @Nested
    class An_assessment {

        @Test
        void changes_the_record_as_the_assessor() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);

            record.assess(notReady("Not motivated yet"), "PP2", NOW);

            assertLastChangedBy(record, "PP2", NOW);
        }

        @Test
        void of_ready_naming_an_other_barrier_without_notes_breaks_both_rules() {
            ReadinessRecord record = ReadinessRecordFixtures.completed();

            assertThatThrownBy(() -> record.assess(new AssessmentDetails(true, Set.of(ReadinessBarrier.OTHER), null,
                    null, null), "PP1", NOW)).isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("barriers", "notes"));
        }

        @Test
        void of_not_ready_with_an_other_barrier_described_in_the_notes_is_recorded() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);

            assertThat(record.assess(new AssessmentDetails(false, Set.of(ReadinessBarrier.OTHER), "Caring duties",
                    null, null), "PP1", NOW)).isPresent();
            assertThat(record.view().status()).isEqualTo(ReadinessStatus.NOT_READY);
        }

        @Test
        void names_the_practitioners_of_the_linked_referrals_leaving_out_a_referral_reported_by_no_one() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW.minusDays(20));
            record.introduce(ReadinessRecordFixtures.introduction(true), 1, TODAY, "PP1", NOW.minusDays(10));
            UUID referral = UUID.randomUUID();
            record.referralReported(new LinkedReferral.Report(referral, UUID.randomUUID(), "Positive Pathways", "london",
                    "AWAITING_READINESS", null, NOW.minusDays(5), 1, "http://referral-service/referrals/" + referral,
                    true), NOW.minusDays(5));

            Concern concern = record.assess(notReady("Not motivated yet"), "PP2", NOW).orElseThrow();

            assertThat(concern.view().practitioners()).containsExactly("PP2");
        }
    }

    @Nested
    class A_concern {

        @Test
        void acknowledged_is_returned_acknowledged_and_the_treatment_manager_changed_the_record() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            Concern raised = record.assess(notReady("Not motivated yet"), "PP1", NOW.minusDays(1)).orElseThrow();

            Concern acknowledged = record.acknowledgeConcern(raised.id(), "Spoke to the PP", "TM1", NOW);

            assertThat(acknowledged.id()).isEqualTo(raised.id());
            assertThat(acknowledged.view().acknowledgedBy()).isEqualTo("TM1");
            assertThat(acknowledged.view().acknowledgementNotes()).isEqualTo("Spoke to the PP");
            assertThat(record.view().openConcerns()).isZero();
            assertLastChangedBy(record, "TM1", NOW);
        }

        @Test
        void is_extended_to_a_region_learned_late_only_when_its_assessment_was_made_for_that_referral() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            Concern before = record.assess(notReady("Not motivated yet"), "PP1", NOW.minusDays(4)).orElseThrow();
            UUID later = UUID.randomUUID();
            record.referralReported(ReadinessRecordFixtures.submitted(later, 1, null), NOW.minusDays(3));
            Concern after = record.assess(notReady("Still not motivated"), "PP1", NOW.minusDays(2)).orElseThrow();
            assertThat(after.regions()).as("the later referral's region is not known yet").containsExactly("london");

            record.referralReported(ReadinessRecordFixtures.reported(later, "SUITABLE_BUT_NOT_READY", 2, "wales", false),
                    NOW.minusDays(1));

            assertThat(after.regions()).containsExactly("wales", "london");
            assertThat(before.regions()).as("made before that referral was linked").containsExactly("london");
        }
    }

    @Nested
    class A_referral_report {

        @Test
        void keeps_who_made_the_referral_and_when_it_was_linked_through_later_reports_by_others() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            UUID referral = UUID.randomUUID();
            record.referralReported(ReadinessRecordFixtures.submitted(referral, 1), NOW.minusDays(5));

            record.referralReported(new LinkedReferral.Report(referral, UUID.randomUUID(), "Positive Pathways",
                    "london", "ALLOCATED", "TM1", NOW.minusDays(1), 2, "http://referral-service/referrals/" + referral,
                    false), NOW.minusDays(1));

            LinkedReferral.View shown = record.view().linkedReferrals().stream()
                    .filter(r -> r.referralId().equals(referral)).findFirst().orElseThrow();
            assertThat(shown.status()).isEqualTo("ALLOCATED");
            assertThat(shown.referredBy()).isEqualTo("PP1");
            assertThat(shown.linkedAt()).isEqualTo(NOW.minusDays(5));
        }

        @Test
        void heard_first_of_as_a_status_change_takes_whoever_changed_it_as_the_referrer_until_the_submission_says() {
            ReadinessRecord record = ReadinessRecordFixtures.introducedAndReferred(true);
            UUID referral = UUID.randomUUID();
            record.referralReported(new LinkedReferral.Report(referral, UUID.randomUUID(), "Positive Pathways",
                    "london", "SUITABLE_BUT_NOT_READY", "readiness-service", NOW.minusDays(4), 3,
                    "http://referral-service/referrals/" + referral, false), NOW.minusDays(4));
            LinkedReferral.View first = record.view().linkedReferrals().get(1);
            assertThat(first.referredBy()).isEqualTo("readiness-service");

            record.referralReported(new LinkedReferral.Report(referral, UUID.randomUUID(), "Positive Pathways",
                    "london", "SUITABLE_BUT_NOT_READY", "PP2", NOW.minusDays(3), 4,
                    "http://referral-service/referrals/" + referral, true), NOW.minusDays(3));

            assertThat(record.view().linkedReferrals().get(1).referredBy()).isEqualTo("PP2");
        }

        @Test
        void that_changes_the_record_is_by_referral_service_and_a_repeated_one_changes_nothing() {
            ReadinessRecord record = ReadinessRecord.open("X123456", NOW.minusDays(20));
            record.introduce(ReadinessRecordFixtures.introduction(true), 1, TODAY, "PP1", NOW.minusDays(10));
            UUID referral = UUID.randomUUID();

            assertThat(record.referralReported(ReadinessRecordFixtures.submitted(referral, 1), NOW.minusDays(5)))
                    .isTrue();
            assertLastChangedBy(record, "referral-service", NOW.minusDays(5));
            record.recordFollowUp(followUp(SessionLength.STANDARD, true, FIRST_TWO), 1, TODAY, "PP1", NOW.minusDays(2));

            assertThat(record.referralReported(ReadinessRecordFixtures.submitted(referral, 1), NOW)).isFalse();
            assertLastChangedBy(record, "PP1", NOW.minusDays(2));
        }
    }
}
