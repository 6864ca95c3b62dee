package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTallyFixtures.REQUIREMENT;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTallyFixtures.START;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The counting rules hold for any mix of contacts: each property is checked against several hundred random scenarios.
 * Each scenario comes from its seed, which the test's name shows, so a failure can be replayed. (jqwik, the usual
 * property-testing engine, does not yet run on the JUnit Platform 6 that Quarkus brings.)
 */
class RarTallyPropertiesTest {

    private static final ContactType[] TYPES = ContactType.values();
    private static final ContactOutcome[] OUTCOMES = ContactOutcome.values();

    record Scenario(long seed, RarTally.Terms terms, List<RarTally.Activity> contacts, Random random) {

        @Override
        public String toString() {
            return "seed " + seed + ": " + contacts.size() + " contacts, at most " + terms.maximumDays() + " days";
        }

        RarTally count() {
            return RarTally.count(terms, contacts);
        }

        RarTally countWith(RarTally.Activity extra) {
            List<RarTally.Activity> more = new ArrayList<>(contacts);
            more.add(extra);
            return RarTally.count(terms, more);
        }

        RarTally.Activity anyContactOn(LocalDate date, ContactType type, ContactOutcome outcome) {
            return new RarTally.Activity(UUID.randomUUID(), "urn", type, date,
                    LocalTime.of(9 + random.nextInt(8), 0), type.rarActivity(), outcome, REQUIREMENT);
        }
    }

    static Stream<Scenario> scenarios() {
        return LongStream.range(0, 400).mapToObj(RarTallyPropertiesTest::scenario);
    }

    private static Scenario scenario(long seed) {
        Random random = new Random(seed);
        LocalDate end = START.plusDays(20 + random.nextInt(60));
        RarTally.Terms terms = new RarTally.Terms(REQUIREMENT, 1 + random.nextInt(15), START, end);
        List<RarTally.Activity> contacts = new ArrayList<>();
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            ContactType type = TYPES[random.nextInt(TYPES.length)];
            ContactOutcome outcome = random.nextInt(8) == 0 ? null : OUTCOMES[random.nextInt(OUTCOMES.length)];
            boolean rarActivity = type.rarActivity() && random.nextInt(6) != 0;
            Long requirement = switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> REQUIREMENT + 1;
                default -> REQUIREMENT;
            };
            LocalDate date = START.minusDays(5).plusDays(random.nextInt((int) (end.toEpochDay() - START.toEpochDay()) + 10));
            contacts.add(new RarTally.Activity(UUID.randomUUID(), "urn", type, date,
                    random.nextBoolean() ? null : LocalTime.of(9 + random.nextInt(8), 0), rarActivity, outcome,
                    rarActivity || random.nextBoolean() ? requirement : null));
        }
        return new Scenario(seed, terms, contacts, random);
    }

    /**
     * The rules stated plainly, one contact at a time: the days a contact may make. Of the outcomes, only "attended and
     * complied" qualifies: a missed contact and one where the person attended but failed to comply count no day.
     */
    private static Set<LocalDate> qualifyingDays(Scenario scenario) {
        Set<LocalDate> days = new TreeSet<>();
        LocalDate firstCompletion = null;
        for (RarTally.Activity c : scenario.contacts()) {
            boolean qualifies = Long.valueOf(REQUIREMENT).equals(c.requirementId()) && c.rarActivity()
                    && c.outcome() == ContactOutcome.ATTENDED_COMPLIED && scenario.terms().covers(c.date());
            if (qualifies && c.type() == ContactType.PIM_COMPLETION) {
                firstCompletion = firstCompletion == null || c.date().isBefore(firstCompletion) ? c.date()
                        : firstCompletion;
            } else if (qualifies) {
                days.add(c.date());
            }
        }
        if (firstCompletion != null) {
            days.add(firstCompletion);
        }
        return days;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void the_days_used_are_the_qualifying_days_up_to_the_maximum_and_the_rest_are_reported_beyond_it(Scenario s) {
        List<LocalDate> expected = new ArrayList<>(qualifyingDays(s));
        RarTally tally = s.count();

        int max = s.terms().maximumDays();
        assertThat(tally.countedDates()).isEqualTo(expected.subList(0, Math.min(max, expected.size())));
        assertThat(tally.daysBeyondMaximum()).extracting(RarTally.Day::date)
                .isEqualTo(expected.subList(Math.min(max, expected.size()), expected.size()));
        assertThat(tally.daysUsed() + tally.daysRemaining()).isEqualTo(max);
        assertThat(tally.daysRemaining()).isNotNegative();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void every_contact_linked_to_the_requirement_is_counted_beyond_the_maximum_or_listed_as_not_counted_once(
            Scenario s) {
        RarTally tally = s.count();
        List<UUID> accounted = new ArrayList<>();
        Stream.concat(tally.days().stream(), tally.daysBeyondMaximum().stream())
                .forEach(day -> day.contacts().forEach(c -> accounted.add(c.contactId())));
        tally.notCounted().forEach(n -> accounted.add(n.contact().contactId()));

        assertThat(accounted).containsExactlyInAnyOrderElementsOf(s.contacts().stream()
                .filter(c -> Long.valueOf(REQUIREMENT).equals(c.requirementId()))
                .map(RarTally.Activity::contactId).toList());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void the_order_the_contacts_arrive_in_changes_nothing(Scenario s) {
        List<RarTally.Activity> shuffled = new ArrayList<>(s.contacts());
        Collections.shuffle(shuffled, s.random());

        assertThat(RarTally.count(s.terms(), shuffled)).isEqualTo(s.count());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void a_missed_contact_adds_no_day(Scenario s) {
        LocalDate day = s.terms().startDate().plusDays(s.random().nextInt(10));
        ContactOutcome missed = List.of(ContactOutcome.FAILED_TO_ATTEND, ContactOutcome.ACCEPTABLE_ABSENCE,
                ContactOutcome.RESCHEDULED).get(s.random().nextInt(3));

        RarTally with = s.countWith(s.anyContactOn(day, ContactType.PIM_FOLLOW_UP, missed));

        assertThat(with.summary()).isEqualTo(s.count().summary());
        assertThat(with.countedDates()).isEqualTo(s.count().countedDates());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void a_contact_the_person_attended_but_failed_to_comply_with_adds_no_day(Scenario s) {
        LocalDate day = s.terms().startDate().plusDays(s.random().nextInt(10));
        ContactType type = List.of(ContactType.PIM_FOLLOW_UP, ContactType.PIM_COMPLETION,
                ContactType.OTHER_REHABILITATIVE_ACTIVITY).get(s.random().nextInt(3));

        RarTally with = s.countWith(s.anyContactOn(day, type, ContactOutcome.ATTENDED_FAILED_TO_COMPLY));

        assertThat(with.summary()).isEqualTo(s.count().summary());
        assertThat(with.countedDates()).isEqualTo(s.count().countedDates());
        assertThat(with.notCounted()).hasSize(s.count().notCounted().size() + 1);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void another_activity_on_a_day_already_counted_adds_no_day(Scenario s) {
        RarTally tally = s.count();
        if (tally.days().isEmpty()) {
            return;
        }
        LocalDate counted = tally.countedDates().get(s.random().nextInt(tally.daysUsed()));

        RarTally with = s.countWith(s.anyContactOn(counted, ContactType.OTHER_REHABILITATIVE_ACTIVITY,
                ContactOutcome.ATTENDED_COMPLIED));

        assertThat(with.summary()).isEqualTo(tally.summary());
        assertThat(with.countedDates()).isEqualTo(tally.countedDates());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void a_later_completion_adds_no_day_once_the_module_completion_has_counted(Scenario s) {
        LocalDate first = s.terms().startDate().plusDays(1);
        RarTally.Activity completion = s.anyContactOn(first, ContactType.PIM_COMPLETION, ContactOutcome.ATTENDED_COMPLIED);
        List<RarTally.Activity> withCompletion = new ArrayList<>(s.contacts().stream()
                .filter(c -> c.type() != ContactType.PIM_COMPLETION).toList());
        withCompletion.add(completion);
        RarTally once = RarTally.count(s.terms(), withCompletion);

        withCompletion.add(s.anyContactOn(s.terms().expectedEndDate(), ContactType.PIM_COMPLETION,
                ContactOutcome.ATTENDED_COMPLIED));
        RarTally twice = RarTally.count(s.terms(), withCompletion);

        assertThat(twice.summary()).isEqualTo(once.summary());
        assertThat(twice.countedDates()).isEqualTo(once.countedDates());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void a_qualifying_activity_on_a_new_day_adds_a_day_or_a_day_beyond_the_maximum(Scenario s) {
        RarTally before = s.count();
        Set<LocalDate> taken = new TreeSet<>(before.countedDates());
        before.daysBeyondMaximum().forEach(d -> taken.add(d.date()));
        LocalDate free = s.terms().startDate();
        while (taken.contains(free)) {
            free = free.plusDays(1);
        }
        if (!s.terms().covers(free)) {
            return;
        }

        RarTally after = s.countWith(s.anyContactOn(free, ContactType.OTHER_REHABILITATIVE_ACTIVITY,
                ContactOutcome.ATTENDED_COMPLIED));

        assertThat(after.daysUsed() + after.daysBeyondMaximum().size())
                .isEqualTo(before.daysUsed() + before.daysBeyondMaximum().size() + 1);
        assertThat(after.daysUsed()).isEqualTo(Math.min(before.daysUsed() + 1, s.terms().maximumDays()));
    }
}
