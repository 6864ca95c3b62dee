package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactType.OTHER_REHABILITATIVE_ACTIVITY;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactType.PIM_COMPLETION;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactType.PIM_FOLLOW_UP;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactType.PIM_INTRODUCTION;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTallyFixtures.END;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTallyFixtures.START;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTallyFixtures.attended;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTallyFixtures.contact;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTallyFixtures.linkedTo;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTallyFixtures.terms;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTallyFixtures.withOutcome;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RarTallyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Nested
    class A_rar_day {

        @Test
        void is_a_calendar_day_with_a_qualifying_contact_so_several_on_one_day_count_once() {
            RarTally tally = RarTally.count(terms(10), List.of(attended(PIM_FOLLOW_UP, DAY),
                    attended(OTHER_REHABILITATIVE_ACTIVITY, DAY), attended(OTHER_REHABILITATIVE_ACTIVITY, DAY)));

            assertThat(tally.daysUsed()).isEqualTo(1);
            assertThat(tally.days()).singleElement().satisfies(day -> {
                assertThat(day.date()).isEqualTo(DAY);
                assertThat(day.contacts()).hasSize(3);
            });
            assertThat(tally.daysRemaining()).isEqualTo(9);
        }

        @Test
        void follow_up_and_completion_on_the_same_day_give_one_day() {
            RarTally tally = RarTally.count(terms(10), List.of(attended(PIM_FOLLOW_UP, DAY),
                    attended(PIM_COMPLETION, DAY)));

            assertThat(tally.countedDates()).containsExactly(DAY);
        }

        @Test
        void three_follow_ups_on_three_days_add_three() {
            RarTally tally = RarTally.count(terms(10), List.of(attended(PIM_FOLLOW_UP, DAY),
                    attended(PIM_FOLLOW_UP, DAY.plusDays(1)), attended(PIM_FOLLOW_UP, DAY.plusDays(7))));

            assertThat(tally.countedDates()).containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(7));
            assertThat(tally.daysRemaining()).isEqualTo(7);
        }
    }

    @Nested
    class A_contact_does_not_qualify {

        @Test
        void when_it_is_missed_whatever_the_reason() {
            for (ContactOutcome missed : List.of(ContactOutcome.FAILED_TO_ATTEND, ContactOutcome.ACCEPTABLE_ABSENCE,
                    ContactOutcome.RESCHEDULED)) {
                RarTally tally = RarTally.count(terms(10), List.of(contact(PIM_FOLLOW_UP, DAY, missed)));

                assertThat(tally.daysUsed()).as(missed.name()).isZero();
                assertThat(tally.notCounted()).singleElement()
                        .extracting(RarTally.NotCounted::reason).isEqualTo(RarTally.Reason.MISSED);
            }
        }

        @Test
        void when_it_has_no_outcome_yet() {
            RarTally tally = RarTally.count(terms(10), List.of(contact(OTHER_REHABILITATIVE_ACTIVITY, DAY, null)));

            assertThat(tally.daysUsed()).isZero();
            assertThat(tally.notCounted()).extracting(RarTally.NotCounted::reason)
                    .containsExactly(RarTally.Reason.NO_OUTCOME_YET);
        }

        @Test
        void when_it_is_not_a_rar_activity() {
            RarTally.Activity introduction = linkedTo(attended(PIM_INTRODUCTION, DAY), RarTallyFixtures.REQUIREMENT);
            RarTally.Activity notFlagged = new RarTally.Activity(java.util.UUID.randomUUID(), "urn",
                    OTHER_REHABILITATIVE_ACTIVITY, DAY, null, false, ContactOutcome.ATTENDED_COMPLIED,
                    RarTallyFixtures.REQUIREMENT);

            RarTally tally = RarTally.count(terms(10), List.of(introduction, notFlagged));

            assertThat(tally.daysUsed()).isZero();
            assertThat(tally.notCounted()).extracting(RarTally.NotCounted::reason)
                    .containsOnly(RarTally.Reason.NOT_A_RAR_ACTIVITY).hasSize(2);
        }

        @Test
        void when_its_type_is_not_a_rar_activity_even_if_the_contact_says_it_is() {
            RarTally.Activity introduction = new RarTally.Activity(java.util.UUID.randomUUID(), "urn",
                    PIM_INTRODUCTION, DAY, null, true, ContactOutcome.ATTENDED_COMPLIED, RarTallyFixtures.REQUIREMENT);

            RarTally tally = RarTally.count(terms(10), List.of(introduction));

            assertThat(tally.daysUsed()).isZero();
            assertThat(tally.notCounted()).singleElement()
                    .isEqualTo(new RarTally.NotCounted(introduction, RarTally.Reason.NOT_A_RAR_ACTIVITY));
        }

        @Test
        void when_it_falls_outside_the_requirements_dates_which_are_inclusive() {
            RarTally tally = RarTally.count(terms(10), List.of(attended(PIM_FOLLOW_UP, START.minusDays(1)),
                    attended(PIM_FOLLOW_UP, START), attended(PIM_FOLLOW_UP, END),
                    attended(PIM_FOLLOW_UP, END.plusDays(1))));

            assertThat(tally.countedDates()).containsExactly(START, END);
            assertThat(tally.notCounted()).extracting(n -> n.contact().date())
                    .containsExactly(START.minusDays(1), END.plusDays(1));
            assertThat(tally.notCounted()).extracting(RarTally.NotCounted::reason)
                    .containsOnly(RarTally.Reason.OUTSIDE_REQUIREMENT_DATES);
        }

        @Test
        void when_it_is_linked_to_another_requirement_or_none_and_then_it_is_not_listed_at_all() {
            RarTally tally = RarTally.count(terms(10), List.of(linkedTo(attended(PIM_FOLLOW_UP, DAY), 7L),
                    linkedTo(attended(PIM_FOLLOW_UP, DAY.plusDays(1)), null)));

            assertThat(tally.daysUsed()).isZero();
            assertThat(tally.notCounted()).isEmpty();
        }
    }

    @Nested
    class Attended_but_failed_to_comply {

        @Test
        void counts_no_day_and_is_listed_as_failed_to_comply_whatever_the_type() {
            for (ContactType type : List.of(PIM_FOLLOW_UP, PIM_COMPLETION, OTHER_REHABILITATIVE_ACTIVITY)) {
                RarTally tally = RarTally.count(terms(10), List.of(contact(type, DAY,
                        ContactOutcome.ATTENDED_FAILED_TO_COMPLY)));

                assertThat(tally.daysUsed()).as(type.name()).isZero();
                assertThat(tally.daysBeyondMaximum()).as(type.name()).isEmpty();
                assertThat(tally.notCounted()).as(type.name()).singleElement()
                        .extracting(RarTally.NotCounted::reason).isEqualTo(RarTally.Reason.FAILED_TO_COMPLY);
            }
        }

        @Test
        void on_a_day_with_a_complied_contact_leaves_the_day_counted_by_the_complied_one_alone() {
            RarTally.Activity complied = attended(OTHER_REHABILITATIVE_ACTIVITY, DAY);
            RarTally.Activity notComplied = contact(PIM_FOLLOW_UP, DAY, ContactOutcome.ATTENDED_FAILED_TO_COMPLY);

            RarTally tally = RarTally.count(terms(10), List.of(notComplied, complied));

            assertThat(tally.days()).singleElement().satisfies(day -> assertThat(day.contacts()).containsExactly(complied));
            assertThat(tally.notCounted()).extracting(RarTally.NotCounted::contact).containsExactly(notComplied);
        }

        @Test
        void is_a_completion_that_does_not_use_up_the_single_count() {
            RarTally tally = RarTally.count(terms(10), List.of(contact(PIM_COMPLETION, DAY,
                    ContactOutcome.ATTENDED_FAILED_TO_COMPLY), attended(PIM_COMPLETION, DAY.plusDays(2))));

            assertThat(tally.countedDates()).containsExactly(DAY.plusDays(2));
            assertThat(tally.notCounted()).extracting(RarTally.NotCounted::reason)
                    .containsExactly(RarTally.Reason.FAILED_TO_COMPLY);
        }

        @Test
        void is_checked_after_missed_and_before_the_requirements_dates() {
            RarTally tally = RarTally.count(terms(10), List.of(contact(PIM_FOLLOW_UP, END.plusDays(1),
                    ContactOutcome.ATTENDED_FAILED_TO_COMPLY)));

            assertThat(tally.notCounted()).extracting(RarTally.NotCounted::reason)
                    .containsExactly(RarTally.Reason.FAILED_TO_COMPLY);
        }
    }

    @Nested
    class The_module_completion {

        @Test
        void counts_once_even_when_recorded_again_and_the_later_ones_are_reported() {
            RarTally.Activity first = attended(PIM_COMPLETION, DAY);
            RarTally.Activity again = attended(PIM_COMPLETION, DAY.plusDays(30));

            RarTally tally = RarTally.count(terms(10), List.of(again, first));

            assertThat(tally.countedDates()).containsExactly(DAY);
            assertThat(tally.notCounted()).singleElement().satisfies(n -> {
                assertThat(n.contact()).isEqualTo(again);
                assertThat(n.reason()).isEqualTo(RarTally.Reason.COMPLETION_ALREADY_COUNTED);
            });
        }

        @Test
        void that_was_missed_does_not_use_up_the_single_count() {
            RarTally tally = RarTally.count(terms(10), List.of(contact(PIM_COMPLETION, DAY,
                    ContactOutcome.RESCHEDULED), attended(PIM_COMPLETION, DAY.plusDays(2))));

            assertThat(tally.countedDates()).containsExactly(DAY.plusDays(2));
        }
    }

    @Nested
    class The_maximum {

        @Test
        void caps_the_days_used_and_the_later_days_are_reported_beyond_it_not_dropped() {
            RarTally tally = RarTally.count(terms(2), List.of(attended(PIM_FOLLOW_UP, DAY.plusDays(2)),
                    attended(PIM_FOLLOW_UP, DAY), attended(PIM_FOLLOW_UP, DAY.plusDays(1))));

            assertThat(tally.daysUsed()).isEqualTo(2);
            assertThat(tally.daysRemaining()).isZero();
            assertThat(tally.countedDates()).containsExactly(DAY, DAY.plusDays(1));
            assertThat(tally.daysBeyondMaximum()).extracting(RarTally.Day::date).containsExactly(DAY.plusDays(2));
            assertThat(tally.summary()).isEqualTo(new RarTally.Summary(2, 2, 0, 1));
        }
    }

    @Nested
    class A_changed_outcome {

        @Test
        void changes_the_tally_both_ways() {
            RarTally.Activity followUp = attended(PIM_FOLLOW_UP, DAY);
            assertThat(RarTally.count(terms(10), List.of(followUp)).daysUsed()).isEqualTo(1);

            RarTally.Activity missed = withOutcome(followUp, ContactOutcome.FAILED_TO_ATTEND);
            assertThat(RarTally.count(terms(10), List.of(missed)).daysUsed()).isZero();

            RarTally.Activity notComplied = withOutcome(missed, ContactOutcome.ATTENDED_FAILED_TO_COMPLY);
            assertThat(RarTally.count(terms(10), List.of(notComplied)).daysUsed()).isZero();

            RarTally.Activity corrected = withOutcome(notComplied, ContactOutcome.ATTENDED_COMPLIED);
            assertThat(RarTally.count(terms(10), List.of(corrected)).daysUsed()).isEqualTo(1);
        }

        @Test
        void below_the_cap_lets_a_day_beyond_the_maximum_count() {
            RarTally.Activity first = attended(PIM_FOLLOW_UP, DAY);
            RarTally.Activity second = attended(PIM_FOLLOW_UP, DAY.plusDays(1));
            assertThat(RarTally.count(terms(1), List.of(first, second)).daysBeyondMaximum()).hasSize(1);

            RarTally tally = RarTally.count(terms(1),
                    List.of(withOutcome(first, ContactOutcome.FAILED_TO_ATTEND), second));

            assertThat(tally.countedDates()).containsExactly(DAY.plusDays(1));
            assertThat(tally.daysBeyondMaximum()).isEmpty();
        }
    }

    @Nested
    class A_persons_rar_days {

        private static final long OTHER = 7L;
        private final RarTally.Terms other = new RarTally.Terms(OTHER, 5, START, END);

        @Test
        void are_a_tally_for_each_requirement_and_the_rar_activities_linked_to_none() {
            RarTally.Activity towardsOne = attended(PIM_FOLLOW_UP, DAY);
            RarTally.Activity towardsOther = linkedTo(attended(OTHER_REHABILITATIVE_ACTIVITY, DAY.plusDays(1)), OTHER);
            RarTally.Activity unlinked = linkedTo(attended(OTHER_REHABILITATIVE_ACTIVITY, DAY.plusDays(2)), null);
            RarTally.Activity introduction = attended(PIM_INTRODUCTION, DAY.plusDays(3));

            PersonRar rar = PersonRar.of("X123456", List.of(terms(10), other),
                    List.of(towardsOne, towardsOther, unlinked, introduction));

            assertThat(rar.tallies()).extracting(t -> t.terms().requirementId())
                    .containsExactly(RarTallyFixtures.REQUIREMENT, OTHER);
            assertThat(rar.tallyOf(RarTallyFixtures.REQUIREMENT)).hasValueSatisfying(
                    tally -> assertThat(tally.countedDates()).containsExactly(DAY));
            assertThat(rar.tallyOf(OTHER)).hasValueSatisfying(tally -> {
                assertThat(tally.terms()).isEqualTo(other);
                assertThat(tally.countedDates()).containsExactly(DAY.plusDays(1));
            });
            assertThat(rar.unlinkedRarActivities()).containsExactly(unlinked);
        }

        @Test
        void have_no_tally_for_a_requirement_not_registered() {
            PersonRar rar = PersonRar.of("X123456", List.of(terms(10)), List.of(attended(PIM_FOLLOW_UP, DAY)));

            assertThat(rar.tallyOf(OTHER)).isEmpty();
        }
    }

    @Nested
    class A_change_the_adapter_hears_of {

        private static final long OTHER = 7L;
        private final RarTally.Terms other = new RarTally.Terms(OTHER, 5, START, END);

        private PersonRar rar(List<RarTally.Terms> requirements, RarTally.Activity... contacts) {
            return PersonRar.of("X123456", requirements, List.of(contacts));
        }

        @Test
        void is_each_new_requirement_even_with_no_days_used() {
            PersonRar before = rar(List.of(terms(10)));
            PersonRar after = rar(List.of(terms(10), other));

            assertThat(after.changedSince(before)).extracting(t -> t.terms().requirementId())
                    .containsExactly(OTHER);
        }

        @Test
        void is_a_requirement_whose_figures_changed_and_no_other() {
            RarTally.Activity towardsOther = linkedTo(attended(PIM_FOLLOW_UP, DAY), OTHER);
            PersonRar before = rar(List.of(terms(10), other), towardsOther);
            PersonRar after = rar(List.of(terms(10), other), towardsOther, attended(PIM_FOLLOW_UP, DAY.plusDays(1)));

            assertThat(after.changedSince(before)).singleElement().satisfies(tally -> {
                assertThat(tally.terms().requirementId()).isEqualTo(RarTallyFixtures.REQUIREMENT);
                assertThat(tally.daysUsed()).isEqualTo(1);
            });
        }

        @Test
        void is_a_requirement_whose_counted_days_moved_though_its_figures_stayed_the_same() {
            RarTally.Activity first = attended(PIM_FOLLOW_UP, DAY);
            RarTally.Activity later = attended(PIM_FOLLOW_UP, DAY.plusDays(1));
            PersonRar before = rar(List.of(terms(10)), first);
            PersonRar after = rar(List.of(terms(10)), withOutcome(first, ContactOutcome.FAILED_TO_ATTEND), later);

            assertThat(after.tallyOf(RarTallyFixtures.REQUIREMENT).orElseThrow().summary())
                    .isEqualTo(before.tallyOf(RarTallyFixtures.REQUIREMENT).orElseThrow().summary());
            assertThat(after.changedSince(before)).singleElement()
                    .satisfies(tally -> assertThat(tally.countedDates()).containsExactly(DAY.plusDays(1)));
        }

        @Test
        void is_not_another_contact_on_a_day_already_counted() {
            RarTally.Activity first = attended(PIM_FOLLOW_UP, DAY);
            PersonRar before = rar(List.of(terms(10)), first);
            PersonRar after = rar(List.of(terms(10)), first, attended(OTHER_REHABILITATIVE_ACTIVITY, DAY));

            assertThat(after.changedSince(before)).isEmpty();
        }
    }
}
