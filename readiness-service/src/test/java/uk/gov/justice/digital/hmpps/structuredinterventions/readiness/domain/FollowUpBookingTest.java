package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.ALL;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.NOW;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.PRACTITIONER;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.TODAY;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.introducedAndReferred;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

/** Follow-ups booked ahead: the rules at booking, and how a booking ends, once. */
class FollowUpBookingTest {

    private static final LocalDate NEXT_WEEK = TODAY.plusDays(7);
    /** When the booked session has come: a week on. */
    private static final OffsetDateTime THEN = NOW.plusDays(7).plusHours(6);

    private static Session at(LocalDate date, int hour) {
        return new Session(date, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 30));
    }

    private static FollowUpBookingDetails booking(Session session, SessionLength length, Boolean device) {
        return new FollowUpBookingDetails(session, PRACTITIONER, length, device, "Probation office", null);
    }

    private static FollowUpBookingDetails booking(SessionLength length, Boolean device) {
        return booking(at(NEXT_WEEK, 14), length, device);
    }

    private static Delivery practitioner() {
        return Delivery.byPractitioner(PRACTITIONER, "PP1");
    }

    private static BookingDelivery attended(Attendance attendance, boolean reviewed, SessionLength length) {
        return new BookingDelivery(attendance, reviewed, ALL, length, null, "Keen", null, null);
    }

    @Nested
    class The_step_one_rule {

        @Test
        void a_standard_booking_for_a_person_without_a_suitable_device_is_refused_naming_length() {
            ReadinessRecord record = introducedAndReferred(false);

            ProblemException refused = assertRuleBroken(() -> record.bookFollowUp(
                    booking(SessionLength.STANDARD, true), practitioner(), NOW), "length");
            assertThat(refused.errors().get(0).message()).isEqualTo("must be EXTENDED: " + ExtendedSessionRule.NO_DEVICE);
        }

        @Test
        void an_extended_booking_for_a_person_without_a_suitable_device_needs_a_probation_service_device() {
            ReadinessRecord record = introducedAndReferred(false);

            assertRuleBroken(() -> record.bookFollowUp(booking(SessionLength.EXTENDED, null), practitioner(), NOW),
                    "probationServiceDevice");
            assertRuleBroken(() -> record.bookFollowUp(booking(SessionLength.EXTENDED, false), practitioner(), NOW),
                    "probationServiceDevice");
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.EXTENDED, true), practitioner(), NOW);
            assertThat(booked.view().probationServiceDevice()).isTrue();
            assertThat(booked.view().length()).isEqualTo(SessionLength.EXTENDED);
        }

        @Test
        void a_standard_booking_is_allowed_when_the_person_has_a_device_because_reviewing_is_known_only_at_the_session() {
            ReadinessRecord record = introducedAndReferred(true);

            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.STANDARD, null), practitioner(), NOW);

            assertThat(booked.view().status()).isEqualTo(FollowUpBooking.Status.BOOKED);
            assertThat(booked.view().probationServiceDevice()).isFalse();
        }

        @Test
        void is_the_same_rule_at_booking_and_at_recording() {
            assertThat(ExtendedSessionRule.check(false, null, SessionLength.STANDARD, false, "probationServiceDevice"))
                    .extracting(FieldError::field).containsExactly("length", "probationServiceDevice");
            assertThat(ExtendedSessionRule.check(true, false, SessionLength.STANDARD, null, "probationServiceDeviceUsed"))
                    .singleElement().satisfies(e -> assertThat(e.message())
                            .isEqualTo("must be EXTENDED: " + ExtendedSessionRule.NOT_REVIEWED));
            assertThat(ExtendedSessionRule.check(false, false, SessionLength.EXTENDED, true, "x")).isEmpty();
            assertThat(ExtendedSessionRule.check(true, true, SessionLength.STANDARD, null, "x")).isEmpty();
            assertThat(ExtendedSessionRule.reasons(false, false))
                    .containsExactly(ExtendedSessionRule.NO_DEVICE, ExtendedSessionRule.NOT_REVIEWED);
            assertThat(ExtendedSessionRule.reasons(true, null)).isEmpty();
        }
    }

    @Nested
    class Booking {

        @Test
        void records_the_booked_session_deliverer_and_referrals_and_raises_nothing_on_the_record_but_its_update() {
            ReadinessRecord record = introducedAndReferred(false);

            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.EXTENDED, true), practitioner(), NOW);

            FollowUpBooking.View view = booked.view();
            assertThat(view.crn()).isEqualTo("X123456");
            assertThat(view.session()).isEqualTo(at(NEXT_WEEK, 14));
            assertThat(view.deliveredBy()).isEqualTo(PRACTITIONER);
            assertThat(view.location()).isEqualTo("Probation office");
            assertThat(view.referralIds()).hasSize(1).isEqualTo(record.activeReferrals().stream()
                    .map(LinkedReferral::referralId).toList());
            assertThat(view.bookedBy()).isEqualTo("PP1");
            assertThat(view.bookedAt()).isEqualTo(NOW);
            assertThat(view.followUpId()).isNull();
            assertThat(view.closedAt()).isNull();
            assertThat(record.view().followUps()).isEmpty();
            assertThat(record.view().updatedAt()).isEqualTo(NOW);
            assertThat(record.view().updatedBy()).isEqualTo("PP1");
        }

        @Test
        void in_the_past_is_refused() {
            ReadinessRecord record = introducedAndReferred(true);

            assertRuleBroken(() -> record.bookFollowUp(booking(at(TODAY.minusDays(1), 14), SessionLength.STANDARD, null),
                    practitioner(), NOW), "session.date");
            assertRuleBroken(() -> record.bookFollowUp(booking(at(TODAY, 11), SessionLength.STANDARD, null),
                    practitioner(), NOW), "session.startTime");
            assertThat(record.bookFollowUp(booking(at(TODAY, 12), SessionLength.STANDARD, null), practitioner(), NOW)
                    .view().status()).as("starting now").isEqualTo(FollowUpBooking.Status.BOOKED);
        }

        @Test
        void ending_before_it_starts_is_refused() {
            ReadinessRecord record = introducedAndReferred(true);
            Session backwards = new Session(NEXT_WEEK, LocalTime.of(14, 0), LocalTime.of(14, 0));

            assertRuleBroken(() -> record.bookFollowUp(booking(backwards, SessionLength.STANDARD, null), practitioner(),
                    NOW), "session.endTime");
        }

        @Test
        void comes_after_the_introduction_and_a_referral_and_before_completion() {
            ReadinessRecord unintroduced = ReadinessRecord.open("X123456", NOW);
            unintroduced.referralReported(ReadinessRecordFixtures.submitted(UUID.randomUUID(), 1), NOW);
            assertConflict(() -> unintroduced.bookFollowUp(booking(SessionLength.EXTENDED, true), practitioner(), NOW),
                    "introduction");

            ReadinessRecord unreferred = ReadinessRecord.open("X123456", NOW);
            unreferred.introduce(ReadinessRecordFixtures.introduction(true), 1, TODAY, "PP1", NOW);
            assertConflict(() -> unreferred.bookFollowUp(booking(SessionLength.EXTENDED, true), practitioner(), NOW),
                    "referral");

            ReadinessRecord completed = ReadinessRecordFixtures.completed();
            assertThatThrownBy(() -> completed.bookFollowUp(booking(SessionLength.EXTENDED, true), practitioner(), NOW))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        }

        @Test
        void by_a_peer_mentor_names_their_current_appointment_as_a_recorded_follow_up_does() {
            ReadinessRecord record = introducedAndReferred(true);
            Appointment appointment = AppointmentFixtures.appointed("SMENTOR", "Sam Mentor", AppointedRole.PEER_MENTOR);
            Deliverer mentor = Deliverer.appointed("Sam Mentor", DelivererRole.PEER_MENTOR, appointment.id());
            FollowUpBookingDetails details = new FollowUpBookingDetails(at(NEXT_WEEK, 14), mentor,
                    SessionLength.STANDARD, null, null, null);

            assertRuleBroken(() -> record.bookFollowUp(details, new Delivery(mentor, null, Recorder.practitioner("PP1")),
                    NOW), "deliveredBy.appointmentId");
            FollowUpBooking booked = record.bookFollowUp(details, new Delivery(mentor, appointment,
                    new Recorder("SMENTOR", Set.of(Recorder.Role.PEER_MENTOR))), NOW);
            assertThat(booked.view().deliveredBy().appointedBy()).isEqualTo(AppointmentFixtures.PM);
            assertThat(booked.deliverer().appointedBy()).as("not typed again when it is delivered").isNull();
        }

        @Test
        void by_a_peer_mentor_for_another_deliverer_is_forbidden() {
            ReadinessRecord record = introducedAndReferred(true);

            assertThatThrownBy(() -> record.bookFollowUp(booking(SessionLength.STANDARD, null), new Delivery(
                    PRACTITIONER, null, new Recorder("SMENTOR", Set.of(Recorder.Role.PEER_MENTOR))), NOW))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
        }
    }

    @Nested
    class Delivered {

        @Test
        void becomes_the_follow_up_under_the_bookings_id_with_the_booked_details_meeting_the_step_one_rule() {
            ReadinessRecord record = introducedAndReferred(false);
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.EXTENDED, true), practitioner(), NOW);

            FollowUp followUp = record.deliverBooking(booked, attended(Attendance.ATTENDED_COMPLIED, false, null),
                    practitioner(), 1, THEN.toLocalDate(), THEN);

            assertThat(followUp.id()).isEqualTo(booked.id());
            FollowUp.View f = followUp.view();
            assertThat(f.session()).isEqualTo(at(NEXT_WEEK, 14));
            assertThat(f.length()).isEqualTo(SessionLength.EXTENDED);
            assertThat(f.probationServiceDeviceUsed()).isTrue();
            assertThat(f.preWorkContact()).isTrue();
            assertThat(f.exercisesDiscussed()).containsExactlyElementsOf(ExerciseCodes.sorted(ALL));
            assertThat(record.view().followUps()).singleElement().isEqualTo(f);
            assertThat(record.status()).isEqualTo(ReadinessStatus.FOLLOWED_UP);
            FollowUpBooking.View b = booked.view();
            assertThat(b.status()).isEqualTo(FollowUpBooking.Status.DELIVERED);
            assertThat(b.attendance()).isEqualTo(Attendance.ATTENDED_COMPLIED);
            assertThat(b.followUpId()).isEqualTo(booked.id());
            assertThat(b.closedBy()).isEqualTo("PP1");
            assertThat(b.closedAt()).isEqualTo(THEN);
        }

        @Test
        void of_a_standard_booking_for_a_person_who_had_not_reviewed_the_module_needs_the_length_it_ran_at() {
            ReadinessRecord record = introducedAndReferred(true);
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.STANDARD, null), practitioner(), NOW);

            assertRuleBroken(() -> record.deliverBooking(booked, attended(Attendance.ATTENDED_COMPLIED, false, null),
                    practitioner(), 1, THEN.toLocalDate(), THEN), "length");
            assertThat(booked.status()).isEqualTo(FollowUpBooking.Status.BOOKED);

            record.deliverBooking(booked, attended(Attendance.ATTENDED_COMPLIED, false, SessionLength.EXTENDED),
                    practitioner(), 1, THEN.toLocalDate(), THEN);
            assertThat(record.view().followUps()).singleElement()
                    .satisfies(f -> assertThat(f.length()).isEqualTo(SessionLength.EXTENDED));
        }

        @Test
        void with_an_outcome_in_which_the_person_did_not_attend_is_refused_naming_attendance() {
            ReadinessRecord record = introducedAndReferred(true);
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.STANDARD, null), practitioner(), NOW);

            assertRuleBroken(() -> record.deliverBooking(booked, attended(Attendance.FAILED_TO_ATTEND, true, null),
                    practitioner(), 1, THEN.toLocalDate(), THEN), "attendance");
        }

        @Test
        void before_the_booked_date_is_refused() {
            ReadinessRecord record = introducedAndReferred(true);
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.STANDARD, null), practitioner(), NOW);

            assertRuleBroken(() -> record.deliverBooking(booked, attended(Attendance.ATTENDED_COMPLIED, true, null),
                    practitioner(), 1, TODAY, NOW), "session.date");
            assertThat(record.view().followUps()).isEmpty();
        }

        @Test
        void or_missed_by_a_peer_mentor_of_a_booking_another_deliverer_was_to_deliver_is_forbidden() {
            ReadinessRecord record = introducedAndReferred(true);
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.STANDARD, null), practitioner(), NOW);
            Delivery mentor = new Delivery(booked.deliverer(), null,
                    new Recorder("SMENTOR", Set.of(Recorder.Role.PEER_MENTOR)));

            assertThatThrownBy(() -> record.deliverBooking(booked, attended(Attendance.ATTENDED_COMPLIED, true, null),
                    mentor, 1, NEXT_WEEK, THEN)).isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
            assertThatThrownBy(() -> record.missBooking(booked, new BookingMissed(Attendance.FAILED_TO_ATTEND, null),
                    mentor, 1, NEXT_WEEK, THEN)).isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
            assertThat(record.view().followUps()).isEmpty();
            assertThat(booked.view().status()).isEqualTo(FollowUpBooking.Status.BOOKED);
        }
    }

    @Nested
    class Missed {

        @Test
        void becomes_a_missed_follow_up_under_the_bookings_id_that_is_no_pre_work_contact() {
            ReadinessRecord record = introducedAndReferred(false);
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.EXTENDED, true), practitioner(), NOW);

            FollowUp followUp = record.missBooking(booked, new BookingMissed(Attendance.ACCEPTABLE_ABSENCE, "Ill"),
                    practitioner(), 1, THEN.toLocalDate(), THEN);

            assertThat(followUp.id()).isEqualTo(booked.id());
            assertThat(followUp.view().attendance()).isEqualTo(Attendance.ACCEPTABLE_ABSENCE);
            assertThat(followUp.view().preWorkContact()).isFalse();
            assertThat(followUp.view().exercisesDiscussed()).isEmpty();
            assertThat(record.status()).isEqualTo(ReadinessStatus.AWAITING_FOLLOW_UP);
            assertThat(booked.view().status()).isEqualTo(FollowUpBooking.Status.MISSED);
            assertThat(booked.view().attendance()).isEqualTo(Attendance.ACCEPTABLE_ABSENCE);
            assertThat(booked.view().outcomeNotes()).isEqualTo("Ill");
            assertThat(booked.view().followUpId()).isEqualTo(booked.id());
        }

        @Test
        void with_an_outcome_in_which_the_person_attended_is_refused_naming_outcome() {
            ReadinessRecord record = introducedAndReferred(true);
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.STANDARD, null), practitioner(), NOW);

            assertRuleBroken(() -> record.missBooking(booked, new BookingMissed(Attendance.ATTENDED_COMPLIED, null),
                    practitioner(), 1, THEN.toLocalDate(), THEN), "outcome");
        }

        @Test
        void before_the_booked_date_is_refused() {
            ReadinessRecord record = introducedAndReferred(true);
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.STANDARD, null), practitioner(), NOW);

            assertRuleBroken(() -> record.missBooking(booked, new BookingMissed(Attendance.RESCHEDULED, null),
                    practitioner(), 1, NEXT_WEEK.minusDays(1), NOW), "session.date");
            assertThat(record.missBooking(booked, new BookingMissed(Attendance.RESCHEDULED, null), practitioner(), 1,
                    NEXT_WEEK, THEN).view().attendance()).as("on the day").isEqualTo(Attendance.RESCHEDULED);
        }
    }

    @Nested
    class Cancelled {

        @Test
        void records_the_reason_and_makes_no_follow_up() {
            ReadinessRecord record = introducedAndReferred(true);
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.STANDARD, null), practitioner(), NOW);

            record.cancelBooking(booked, new BookingCancellation(CancellationReason.RESCHEDULED, "New job"),
                    Delivery.byPractitioner(booked.deliverer(), "PP2"), NOW.plusHours(1));

            FollowUpBooking.View b = booked.view();
            assertThat(b.status()).isEqualTo(FollowUpBooking.Status.CANCELLED);
            assertThat(b.cancellationReason()).isEqualTo(CancellationReason.RESCHEDULED);
            assertThat(b.outcomeNotes()).isEqualTo("New job");
            assertThat(b.attendance()).isNull();
            assertThat(b.followUpId()).isNull();
            assertThat(b.closedBy()).isEqualTo("PP2");
            assertThat(record.view().followUps()).isEmpty();
            assertThat(record.view().updatedBy()).isEqualTo("PP2");
        }

        @Test
        void by_a_peer_mentor_of_a_booking_another_deliverer_was_to_deliver_is_forbidden_and_leaves_it_open() {
            ReadinessRecord record = introducedAndReferred(true);
            FollowUpBooking booked = record.bookFollowUp(booking(SessionLength.STANDARD, null), practitioner(), NOW);

            assertThatThrownBy(() -> record.cancelBooking(booked, new BookingCancellation(
                    CancellationReason.RESCHEDULED, null), new Delivery(booked.deliverer(), null,
                    new Recorder("SMENTOR", Set.of(Recorder.Role.PEER_MENTOR))), NOW.plusHours(1)))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
            assertThat(booked.view().status()).isEqualTo(FollowUpBooking.Status.BOOKED);
        }
    }

    @Nested
    class A_closed_booking {

        @Test
        void cannot_change_again_whichever_way_it_closed() {
            ReadinessRecord record = introducedAndReferred(true);
            FollowUpBooking delivered = record.bookFollowUp(booking(SessionLength.EXTENDED, null), practitioner(), NOW);
            record.deliverBooking(delivered, attended(Attendance.ATTENDED_COMPLIED, true, null), practitioner(), 1,
                    THEN.toLocalDate(), THEN);
            FollowUpBooking cancelled = record.bookFollowUp(booking(SessionLength.EXTENDED, null), practitioner(), NOW);
            record.cancelBooking(cancelled, new BookingCancellation(CancellationReason.BOOKED_IN_ERROR, null),
                    practitioner(), NOW);
            FollowUpBooking missed = record.bookFollowUp(booking(SessionLength.EXTENDED, null), practitioner(), NOW);
            record.missBooking(missed, new BookingMissed(Attendance.FAILED_TO_ATTEND, null), practitioner(), 1,
                    THEN.toLocalDate(), THEN);

            for (FollowUpBooking closed : new FollowUpBooking[] {delivered, cancelled, missed}) {
                FollowUpBooking.Status was = closed.status();
                assertConflict(() -> record.cancelBooking(closed, new BookingCancellation(
                        CancellationReason.RESCHEDULED, null), practitioner(), THEN));
                assertConflict(() -> record.missBooking(closed, new BookingMissed(Attendance.FAILED_TO_ATTEND, null),
                        practitioner(), 1, THEN.toLocalDate(), THEN));
                assertConflict(() -> record.deliverBooking(closed, attended(Attendance.ATTENDED_COMPLIED, true, null),
                        practitioner(), 1, THEN.toLocalDate(), THEN));
                assertThat(closed.status()).isEqualTo(was);
            }
            assertThat(record.view().followUps()).hasSize(2);
        }
    }

    private static ProblemException assertRuleBroken(ThrowingCallable call, String... fields) {
        ProblemException[] thrown = new ProblemException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.RULE_BROKEN);
            assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields);
            thrown[0] = e;
        });
        return thrown[0];
    }

    private static void assertConflict(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
            if (fields.length > 0) {
                assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields);
            }
        });
    }
}
