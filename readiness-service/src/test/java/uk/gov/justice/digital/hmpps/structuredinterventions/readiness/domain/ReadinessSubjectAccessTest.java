package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.NOW;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.TODAY;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.on;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessPeriod;

class ReadinessSubjectAccessTest {

    /**
     * Opened 20 days ago; introduced 10 days ago; referred 5 days ago; followed up and completed 2 days ago; revisited,
     * assessed not ready (a concern) today; the concern acknowledged tomorrow.
     */
    private static ReadinessRecord throughTheModule() {
        ReadinessRecord record = ReadinessRecordFixtures.completed();
        record.revisit(new RevisitDetails(on(TODAY), Deliverer.of("Sam Jones", DelivererRole.INTERVENTIONS_TEAM_MEMBER),
                Set.of(ExerciseCode.GETTING_READY), "Starting soon", null, "Went well"), 1, TODAY, "PP1", NOW);
        Concern concern = record.assess(new AssessmentDetails(false, Set.of(ReadinessBarrier.WORK_PATTERN),
                "Shifts change weekly", null, true), "PP1", NOW).orElseThrow();
        record.acknowledgeConcern(concern.id(), "Evening group", "TM1", NOW.plusDays(1));
        return record;
    }

    /** What the record holds in the period, with the referrals it links. */
    private static java.util.Optional<ReadinessSubjectAccess> held(ReadinessRecord record, SubjectAccessPeriod period) {
        return ReadinessSubjectAccess.of(record.view(), record.view().linkedReferrals(), java.util.List.of(), period);
    }

    /**
     * A follow-up booked 3 days ago for 7 days ahead, extended on a Probation Service device with a peer mentor, for
     * the referral; cancelled tomorrow (the person unavailable).
     */
    private static FollowUpBooking.View cancelledBooking(java.util.UUID referralId) {
        return new FollowUpBooking.View(java.util.UUID.randomUUID(), "X123456", FollowUpBooking.Status.CANCELLED,
                on(TODAY.plusDays(7)), Deliverer.of("Sam Jones", DelivererRole.PEER_MENTOR), SessionLength.EXTENDED,
                true, "Probation office, room 2", "Bring the workbook", java.util.List.of(referralId), "PP1",
                NOW.minusDays(3), null, CancellationReason.PERSON_UNAVAILABLE, "Has a job interview", null, "PP2",
                NOW.plusDays(1));
    }

    private static java.util.Optional<ReadinessSubjectAccess> held(ReadinessRecord record,
            FollowUpBooking.View booking, SubjectAccessPeriod period) {
        return ReadinessSubjectAccess.of(record.view(), record.view().linkedReferrals(), java.util.List.of(booking),
                period);
    }

    private static SubjectAccessPeriod day(int daysFromToday) {
        LocalDate day = TODAY.plusDays(daysFromToday);
        return new SubjectAccessPeriod(day, day);
    }

    @Nested
    class What_the_record_shows {

        @Test
        void every_step_with_its_free_text_and_codes_in_words() {
            ReadinessSubjectAccess held = held(throughTheModule(), SubjectAccessPeriod.ALL)
                    .orElseThrow();
            assertThat(held.readinessStatus()).isEqualTo("Not ready");
            assertThat(held.recordOpenedAt()).isEqualTo(NOW.minusDays(20));
            assertThat(held.referrals()).singleElement().satisfies(referral -> {
                assertThat(referral.status()).isEqualTo("Awaiting readiness");
                assertThat(referral.intervention()).isEqualTo("Positive Pathways");
                assertThat(referral.region()).isEqualTo("london");
                assertThat(referral.referredBy()).isEqualTo("PP1");
            });
            assertThat(held.introduction().session().date()).isEqualTo(TODAY.minusDays(10));
            assertThat(held.introduction().session().deliveredBy()).isEqualTo("Jo Practitioner");
            assertThat(held.introduction().session().deliveredByRole()).isEqualTo("Probation practitioner");
            assertThat(held.introduction().exercisesOverviewed()).containsExactly("Introductory video",
                    "Getting ready", "Working with probation from home", "Conditions of success");
            assertThat(held.introduction().suitableDevice()).isTrue();
            assertThat(held.introduction().recordedBy()).isEqualTo("PP1");
            assertThat(held.followUps()).singleElement().satisfies(followUp -> {
                assertThat(followUp.attendance()).isEqualTo("Attended complied");
                assertThat(followUp.length()).isEqualTo("Standard");
                assertThat(followUp.preWorkContact()).isTrue();
                assertThat(followUp.referralReferences()).containsExactly(held.referrals().get(0).referralReference());
            });
            assertThat(held.moduleCompletion().completedOn()).isEqualTo(TODAY.minusDays(2));
            assertThat(held.revisits()).singleElement().satisfies(revisit -> {
                assertThat(revisit.exercisesRevisited()).containsExactly("Getting ready");
                assertThat(revisit.reason()).isEqualTo("Starting soon");
                assertThat(revisit.notes()).isEqualTo("Went well");
                assertThat(revisit.session().deliveredByRole()).isEqualTo("Interventions team member");
            });
            assertThat(held.readinessAssessments()).singleElement().satisfies(assessment -> {
                assertThat(assessment.ready()).isFalse();
                assertThat(assessment.barriers()).containsExactly("Work pattern");
                assertThat(assessment.notes()).isEqualTo("Shifts change weekly");
                assertThat(assessment.raisedAConcern()).isTrue();
                assertThat(assessment.assessedBy()).isEqualTo("PP1");
            });
            assertThat(held.concerns()).singleElement().satisfies(concern -> {
                assertThat(concern.barriers()).containsExactly("Work pattern");
                assertThat(concern.recommendSentencePlanReassessment()).isTrue();
                assertThat(concern.addressedTo()).containsExactly("Probation practitioner", "Treatment manager");
                assertThat(concern.acknowledged()).isTrue();
                assertThat(concern.acknowledgedBy()).isEqualTo("TM1");
                assertThat(concern.acknowledgementNotes()).isEqualTo("Evening group");
            });
        }
    }

    @Nested
    class A_follow_up_booked_ahead {

        @Test
        void shows_what_was_booked_and_how_it_ended_in_words_without_its_ids() {
            ReadinessRecord record = throughTheModule();
            java.util.UUID referral = record.view().linkedReferrals().get(0).referralId();
            FollowUpBooking.View booking = cancelledBooking(referral);
            ReadinessSubjectAccess.FollowUpBookingHeld held = held(record, booking, SubjectAccessPeriod.ALL)
                    .orElseThrow().followUpBookings().get(0);
            assertThat(held.status()).isEqualTo("Cancelled");
            assertThat(held.session().date()).isEqualTo(TODAY.plusDays(7));
            assertThat(held.session().deliveredBy()).isEqualTo("Sam Jones");
            assertThat(held.session().deliveredByRole()).isEqualTo("Peer mentor");
            assertThat(held.length()).isEqualTo("Extended");
            assertThat(held.probationServiceDevice()).isTrue();
            assertThat(held.location()).isEqualTo("Probation office, room 2");
            assertThat(held.notes()).isEqualTo("Bring the workbook");
            assertThat(held.referralReferences()).containsExactly(referral.toString());
            assertThat(held.bookedBy()).isEqualTo("PP1");
            assertThat(held.bookedAt()).isEqualTo(NOW.minusDays(3));
            assertThat(held.attendance()).isNull();
            assertThat(held.cancellationReason()).isEqualTo("Person unavailable");
            assertThat(held.outcomeNotes()).isEqualTo("Has a job interview");
            assertThat(held.closedBy()).isEqualTo("PP2");
            assertThat(held.closedAt()).isEqualTo(NOW.plusDays(1));
        }

        @Test
        void a_delivered_one_shows_its_attendance_in_words() {
            FollowUpBooking.View cancelled = cancelledBooking(java.util.UUID.randomUUID());
            FollowUpBooking.View delivered = new FollowUpBooking.View(cancelled.id(), cancelled.crn(),
                    FollowUpBooking.Status.DELIVERED, cancelled.session(), cancelled.deliveredBy(), cancelled.length(),
                    false, null, null, cancelled.referralIds(), "PP1", NOW.minusDays(3), Attendance.ATTENDED_COMPLIED,
                    null, null, cancelled.id(), "PM1", NOW.plusDays(7));
            ReadinessSubjectAccess.FollowUpBookingHeld held = held(throughTheModule(), delivered,
                    SubjectAccessPeriod.ALL).orElseThrow().followUpBookings().get(0);
            assertThat(held.status()).isEqualTo("Delivered");
            assertThat(held.attendance()).isEqualTo("Attended complied");
            assertThat(held.cancellationReason()).isNull();
        }

        @Test
        void is_taken_in_on_the_day_it_was_booked_the_day_it_is_for_and_the_day_it_was_closed_alone() {
            FollowUpBooking.View booking = cancelledBooking(java.util.UUID.randomUUID());
            for (int day : new int[] {-3, 7, 1}) {
                ReadinessSubjectAccess held = held(throughTheModule(), booking, day(day)).orElseThrow();
                assertThat(held.followUpBookings()).as("day %d", day).hasSize(1);
            }
            assertThat(held(throughTheModule(), booking, day(2))).as("nothing else on day 2").isEmpty();
            assertThat(held(throughTheModule(), booking, day(-2)).orElseThrow().followUpBookings())
                    .as("the follow-up's day, not the booking's").isEmpty();
        }
    }

    @Nested
    class The_period {

        @Test
        void takes_in_only_the_introduction_on_its_day() {
            ReadinessSubjectAccess held = held(throughTheModule(), day(-10)).orElseThrow();
            assertThat(held.introduction()).isNotNull();
            assertThat(held.readinessStatus()).isEqualTo("Not ready");
            assertThat(held.referrals()).isEmpty();
            assertThat(held.followUps()).isEmpty();
            assertThat(held.moduleCompletion()).isNull();
            assertThat(held.revisits()).isEmpty();
            assertThat(held.readinessAssessments()).isEmpty();
            assertThat(held.concerns()).isEmpty();
        }

        @Test
        void takes_in_a_referral_on_the_day_it_was_linked() {
            ReadinessSubjectAccess held = held(throughTheModule(), day(-5)).orElseThrow();
            assertThat(held.referrals()).hasSize(1);
            assertThat(held.introduction()).isNull();
        }

        @Test
        void takes_in_the_follow_up_and_completion_on_their_day() {
            ReadinessSubjectAccess held = held(throughTheModule(), day(-2)).orElseThrow();
            assertThat(held.followUps()).hasSize(1);
            assertThat(held.moduleCompletion()).isNotNull();
            assertThat(held.revisits()).isEmpty();
        }

        @Test
        void takes_in_the_revisit_assessment_and_concern_today_and_the_concern_on_the_day_it_was_acknowledged() {
            ReadinessSubjectAccess today = held(throughTheModule(), day(0)).orElseThrow();
            assertThat(today.revisits()).hasSize(1);
            assertThat(today.readinessAssessments()).hasSize(1);
            assertThat(today.concerns()).hasSize(1);
            assertThat(today.followUps()).isEmpty();
            ReadinessSubjectAccess tomorrow = held(throughTheModule(), day(1)).orElseThrow();
            assertThat(tomorrow.concerns()).hasSize(1);
            assertThat(tomorrow.readinessAssessments()).isEmpty();
        }

        @Test
        void takes_in_a_withdrawn_referral_the_record_no_longer_links() {
            LinkedReferral.View withdrawn = new LinkedReferral.View(java.util.UUID.randomUUID(),
                    java.util.UUID.randomUUID(), "Managing My Emotions", "wales", "WITHDRAWN", "PP2", NOW.minusDays(15),
                    "http://referral-service/referrals/1");
            ReadinessSubjectAccess held = ReadinessSubjectAccess.of(throughTheModule().view(),
                    java.util.List.of(withdrawn), java.util.List.of(), day(-15)).orElseThrow();
            assertThat(held.referrals()).singleElement().satisfies(referral -> {
                assertThat(referral.status()).isEqualTo("Withdrawn");
                assertThat(referral.referralReference()).isEqualTo(withdrawn.referralId().toString());
                assertThat(referral.linkedAt()).isEqualTo(NOW.minusDays(15));
            });
        }

        @Test
        void holds_nothing_when_nothing_falls_in_it() {
            assertThat(held(throughTheModule(), day(-15))).isEmpty();
            assertThat(held(throughTheModule(), day(2))).isEmpty();
        }
    }
}
