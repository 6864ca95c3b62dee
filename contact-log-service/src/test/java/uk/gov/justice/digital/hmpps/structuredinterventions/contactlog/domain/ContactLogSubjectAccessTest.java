package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessPeriod;

class ContactLogSubjectAccessTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final String CRN = "X123456";
    private static final long REQUIREMENT = 2_500_012_345L;
    private static final UUID REFERRAL = UUID.randomUUID();

    /** A requirement of 20 days registered a month ago, running from then for a year. */
    private static RarRequirement requirement() {
        return RarRequirement.register(new RarRequirementDetails(REQUIREMENT, CRN, 20, TODAY.minusMonths(1),
                TODAY.plusYears(1)), "A_SYNC", NOW.minusMonths(1));
    }

    /** An attended activity on the day, recorded at the end of it. */
    private static Contact activity(LocalDate date, String notes) {
        ContactDetails details = new ContactDetails(CRN, ContactType.OTHER_REHABILITATIVE_ACTIVITY, date,
                LocalTime.of(10, 0), LocalTime.of(11, 0), new Deliverer("Jo Practitioner",
                        DelivererRole.PROBATION_PRACTITIONER), ContactOutcome.ATTENDED_COMPLIED, notes, null, REFERRAL,
                null);
        return Contact.record(details, List.of(requirement().terms()), TODAY, "PP1",
                date.atTime(18, 0).atOffset(ZoneOffset.UTC));
    }

    /** A follow-up booked a week ago for three days ahead, cancelled at {@code cancelledAt}. */
    private static Contact cancelledBooking(OffsetDateTime cancelledAt) {
        Contact booked = Contact.fromModuleStep(new Contact.ModuleStep("readiness:follow-up:b1", CRN,
                ContactType.PIM_FOLLOW_UP, TODAY.plusDays(3), LocalTime.of(10, 0), LocalTime.of(11, 0),
                new Deliverer("Sam Jones", DelivererRole.PEER_MENTOR), null, null, "PP1"), List.of(), NOW.minusDays(7));
        booked.cancel("PP2", cancelledAt);
        return booked;
    }

    private static SubjectAccessPeriod period(LocalDate from, LocalDate to) {
        return new SubjectAccessPeriod(from, to);
    }

    @Nested
    class What_is_shown {

        @Test
        void each_contact_in_words_with_its_notes_and_references() {
            Contact contact = activity(TODAY, "Budgeting workshop");
            ContactLogSubjectAccess.ContactHeld held = ContactLogSubjectAccess.of(CRN, List.of(contact),
                    List.of(requirement()), SubjectAccessPeriod.ALL).orElseThrow().contacts().get(0);
            assertThat(held.contactReference()).isEqualTo(contact.urn());
            assertThat(held.type()).isEqualTo("Other rehabilitative activity");
            assertThat(held.date()).isEqualTo(TODAY);
            assertThat(held.startTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(held.endTime()).isEqualTo(LocalTime.of(11, 0));
            assertThat(held.deliveredBy()).isEqualTo("Jo Practitioner");
            assertThat(held.deliveredByRole()).isEqualTo("Probation practitioner");
            assertThat(held.outcome()).isEqualTo("Attended complied");
            assertThat(held.notes()).isEqualTo("Budgeting workshop");
            assertThat(held.rarActivity()).isTrue();
            assertThat(held.rarRequirement()).isEqualTo(REQUIREMENT);
            assertThat(held.referralReference()).isEqualTo(REFERRAL.toString());
            assertThat(held.howRecorded()).isEqualTo("Recorded by a practitioner");
            assertThat(held.recordedBy()).isEqualTo("PP1");
            assertThat(held.lastChangedBy()).isEqualTo("PP1");
        }

        @Test
        void each_requirement_with_its_totals_and_the_rar_days_counted() {
            ContactLogSubjectAccess.RarRequirementHeld held = ContactLogSubjectAccess.of(CRN,
                    List.of(activity(TODAY.minusDays(3), null), activity(TODAY, null)), List.of(requirement()),
                    SubjectAccessPeriod.ALL).orElseThrow().rarRequirements().get(0);
            assertThat(held.requirement()).isEqualTo(REQUIREMENT);
            assertThat(held.maximumDays()).isEqualTo(20);
            assertThat(held.startDate()).isEqualTo(TODAY.minusMonths(1));
            assertThat(held.expectedEndDate()).isEqualTo(TODAY.plusYears(1));
            assertThat(held.daysUsed()).isEqualTo(2);
            assertThat(held.daysRemaining()).isEqualTo(18);
            assertThat(held.rarDaysInPeriod()).containsExactly(TODAY.minusDays(3), TODAY);
            assertThat(held.daysBeyondMaximumInPeriod()).isEmpty();
            assertThat(held.registeredBy()).isEqualTo("A_SYNC");
            assertThat(held.registeredAt()).isEqualTo(NOW.minusMonths(1));
        }

        @Test
        void a_cancelled_contact_with_when_it_was_cancelled_and_no_outcome() {
            ContactLogSubjectAccess.ContactHeld held = ContactLogSubjectAccess.of(CRN,
                    List.of(cancelledBooking(NOW)), List.of(), SubjectAccessPeriod.ALL).orElseThrow().contacts().get(0);
            assertThat(held.cancelledAt()).isEqualTo(NOW);
            assertThat(held.outcome()).isNull();
            assertThat(held.type()).isEqualTo("Pre-intervention module: follow-up (pre-work contact)");
            assertThat(held.howRecorded()).isEqualTo("Made from the pre-intervention module's record");
            assertThat(held.lastChangedBy()).isEqualTo("PP2");
        }

        @Test
        void a_contact_not_cancelled_says_so_by_no_cancellation() {
            assertThat(ContactLogSubjectAccess.of(CRN, List.of(activity(TODAY, null)), List.of(),
                    SubjectAccessPeriod.ALL).orElseThrow().contacts().get(0).cancelledAt()).isNull();
        }

        @Test
        void a_contact_made_from_the_module_says_so() {
            assertThat(ContactLogSubjectAccess.how(ContactSource.READINESS_SERVICE))
                    .isEqualTo("Made from the pre-intervention module's record");
        }
    }

    @Nested
    class The_period {

        @Test
        void takes_in_the_contacts_and_rar_days_in_it_and_keeps_the_totals() {
            List<Contact> contacts = List.of(activity(TODAY.minusDays(3), null), activity(TODAY, null));
            ContactLogSubjectAccess held = ContactLogSubjectAccess.of(CRN, contacts, List.of(requirement()),
                    period(TODAY.minusDays(4), TODAY.minusDays(2))).orElseThrow();
            assertThat(held.contacts()).extracting(ContactLogSubjectAccess.ContactHeld::date)
                    .containsExactly(TODAY.minusDays(3));
            assertThat(held.rarRequirements().get(0).rarDaysInPeriod()).containsExactly(TODAY.minusDays(3));
            assertThat(held.rarRequirements().get(0).daysUsed()).isEqualTo(2);
        }

        @Test
        void takes_in_a_contact_recorded_in_it_though_dated_before() {
            Contact late = Contact.record(new ContactDetails(CRN, ContactType.OTHER_REHABILITATIVE_ACTIVITY,
                    TODAY.minusDays(10), LocalTime.of(10, 0), LocalTime.of(11, 0), new Deliverer("Jo Practitioner",
                            DelivererRole.PROBATION_PRACTITIONER), ContactOutcome.ATTENDED_COMPLIED, null, false, null,
                    null), List.of(), TODAY, "PP1", NOW);
            assertThat(ContactLogSubjectAccess.of(CRN, List.of(late), List.of(), period(TODAY, TODAY)).orElseThrow()
                    .contacts()).hasSize(1);
        }

        @Test
        void takes_in_a_contact_cancelled_in_it_though_booked_dated_and_last_changed_outside_it() {
            Contact cancelled = cancelledBooking(NOW);
            cancelled.linkTo(REQUIREMENT, "A_SYNC", NOW.plusDays(1));
            assertThat(ContactLogSubjectAccess.of(CRN, List.of(cancelled), List.of(), period(TODAY, TODAY))
                    .orElseThrow().contacts()).extracting(ContactLogSubjectAccess.ContactHeld::cancelledAt)
                    .containsExactly(NOW);
        }

        @Test
        void takes_in_a_requirement_that_runs_through_it_without_any_contact() {
            ContactLogSubjectAccess held = ContactLogSubjectAccess.of(CRN, List.of(), List.of(requirement()),
                    period(TODAY.plusMonths(3), TODAY.plusMonths(4))).orElseThrow();
            assertThat(held.contacts()).isEmpty();
            assertThat(held.rarRequirements()).hasSize(1);
            assertThat(held.rarRequirements().get(0).rarDaysInPeriod()).isEmpty();
        }

        @Test
        void holds_nothing_when_nothing_falls_in_it() {
            assertThat(ContactLogSubjectAccess.of(CRN, List.of(activity(TODAY, null)), List.of(requirement()),
                    period(TODAY.minusYears(3), TODAY.minusYears(2)))).isEmpty();
            assertThat(ContactLogSubjectAccess.of(CRN, List.of(), List.of(), SubjectAccessPeriod.ALL)).isEmpty();
        }
    }
}
