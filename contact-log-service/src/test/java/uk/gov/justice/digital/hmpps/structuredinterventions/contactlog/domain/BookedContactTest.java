package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

/** A follow-up booked in readiness-service: a contact with no outcome until its follow-up gives one, or cancelled. */
class BookedContactTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate DAY = NOW.toLocalDate().plusDays(3);
    private static final String SOURCE = "readiness:follow-up:b1";
    private static final RarTally.Terms TERMS = new RarTally.Terms(9L, 20, DAY.minusMonths(1), DAY.plusYears(1));
    private static final Deliverer MENTOR = new Deliverer("Sam Jones", DelivererRole.PEER_MENTOR);

    private static Contact.ModuleStep step(ContactOutcome outcome, LocalTime start, String by) {
        return new Contact.ModuleStep(SOURCE, "X123456", ContactType.PIM_FOLLOW_UP, DAY, start, start.plusHours(1),
                MENTOR, outcome, null, by);
    }

    private static Contact booked() {
        return Contact.fromModuleStep(step(null, LocalTime.of(10, 0), "PP1"), List.of(TERMS), NOW);
    }

    @Test
    void a_booked_contact_has_no_outcome_and_counts_no_day_as_no_outcome_yet() {
        Contact contact = booked();

        assertThat(contact.outcome()).isNull();
        assertThat(contact.cancelled()).isFalse();
        assertThat(contact.rarRequirementId()).isEqualTo(9L);
        RarTally tally = RarTally.count(TERMS, List.of(contact.activity()));
        assertThat(tally.daysUsed()).isZero();
        assertThat(tally.notCounted()).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo(RarTally.Reason.NO_OUTCOME_YET));
    }

    @Test
    void the_follow_up_it_became_gives_the_same_contact_its_outcome_and_the_session_as_held_once() {
        Contact contact = booked();

        assertThat(contact.outcomeFromModuleStep(step(ContactOutcome.ATTENDED_COMPLIED, LocalTime.of(11, 0), "PM1"),
                NOW.plusDays(3))).isTrue();

        ContactView view = contact.view();
        assertThat(view.outcome()).isEqualTo(ContactOutcome.ATTENDED_COMPLIED);
        assertThat(view.startTime()).isEqualTo(LocalTime.of(11, 0));
        assertThat(view.endTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(view.updatedBy()).isEqualTo("PM1");
        assertThat(view.updatedAt()).isEqualTo(NOW.plusDays(3));
        assertThat(view.recordedBy()).as("who booked it").isEqualTo("PP1");
        assertThat(RarTally.count(TERMS, List.of(contact.activity())).daysUsed()).isEqualTo(1);
        assertThat(contact.outcomeFromModuleStep(step(ContactOutcome.FAILED_TO_ATTEND, LocalTime.of(11, 0), "PM1"),
                NOW.plusDays(4))).as("heard again: the first outcome stands").isFalse();
        assertThat(contact.outcome()).isEqualTo(ContactOutcome.ATTENDED_COMPLIED);
        assertThat(contact.outcomeFromModuleStep(step(null, LocalTime.of(9, 0), "PP1"), NOW)).isFalse();
    }

    @Test
    void a_step_of_another_contact_is_never_applied() {
        Contact contact = booked();
        Contact.ModuleStep other = new Contact.ModuleStep("readiness:follow-up:b2", "X123456",
                ContactType.PIM_FOLLOW_UP, DAY, LocalTime.of(10, 0), LocalTime.of(11, 0), MENTOR,
                ContactOutcome.ATTENDED_COMPLIED, null, "PP1");

        assertThatThrownBy(() -> contact.outcomeFromModuleStep(other, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_missed_follow_up_gives_a_non_attendance_outcome_and_no_day() {
        Contact contact = booked();

        contact.outcomeFromModuleStep(step(ContactOutcome.RESCHEDULED, LocalTime.of(10, 0), "PP1"), NOW);

        assertThat(RarTally.count(TERMS, List.of(contact.activity())).notCounted()).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo(RarTally.Reason.MISSED));
    }

    @Test
    void a_cancelled_booking_marks_the_contact_cancelled_once_and_it_takes_no_outcome_after() {
        Contact contact = booked();

        assertThat(contact.cancel("PP2", NOW.plusHours(1))).isTrue();
        assertThat(contact.cancel("PP2", NOW.plusHours(2))).isFalse();

        ContactView view = contact.view();
        assertThat(view.cancelledAt()).isEqualTo(NOW.plusHours(1));
        assertThat(view.updatedBy()).isEqualTo("PP2");
        assertThat(contact.activity().cancelled()).isTrue();
        assertThat(RarTally.count(TERMS, List.of(contact.activity())).notCounted()).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo(RarTally.Reason.CANCELLED));
        assertThat(contact.outcomeFromModuleStep(step(ContactOutcome.ATTENDED_COMPLIED, LocalTime.of(10, 0), "PP1"),
                NOW)).isFalse();
        assertThatThrownBy(() -> contact.recordOutcome(ContactOutcome.ATTENDED_COMPLIED, DAY, "PP1", NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(contact.outcome()).isNull();
    }

    @Test
    void a_contact_with_an_outcome_is_not_cancelled() {
        Contact contact = booked();
        contact.outcomeFromModuleStep(step(ContactOutcome.ATTENDED_COMPLIED, LocalTime.of(10, 0), "PP1"), NOW);

        assertThat(contact.cancel("PP2", NOW)).isFalse();
        assertThat(contact.cancelled()).isFalse();
    }
}
