package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTallyFixtures.REQUIREMENT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class ContactTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final Deliverer PRACTITIONER = new Deliverer("Jo Practitioner", DelivererRole.PROBATION_PRACTITIONER);
    private static final RarTally.Terms REQUIREMENT_TERMS = new RarTally.Terms(REQUIREMENT, 20,
            TODAY.minusMonths(2), TODAY.plusMonths(10));
    private static final RarTally.Terms LATER_TERMS = new RarTally.Terms(77L, 10, TODAY.plusDays(1),
            TODAY.plusMonths(6));

    private static ContactDetails details(ContactType type, LocalDate date, ContactOutcome outcome,
            Boolean rarActivity, Long requirementId) {
        return new ContactDetails("X123456", type, date, LocalTime.of(10, 0), LocalTime.of(11, 0), PRACTITIONER,
                outcome, null, rarActivity, null, requirementId);
    }

    private static Contact record(ContactDetails details, List<RarTally.Terms> requirements) {
        return Contact.record(details, requirements, TODAY, "PP1", NOW);
    }

    private static void assertBroken(Runnable call, FieldError... errors) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.RULE_BROKEN);
            assertThat(e.errors()).containsExactly(errors);
        });
    }

    @Nested
    class Recording {

        @Test
        void takes_the_types_rar_flag_by_default_and_has_a_stable_urn_from_its_id() {
            Contact activity = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY,
                    ContactOutcome.ATTENDED_COMPLIED, null, null), List.of());

            assertThat(activity.rarActivity()).isTrue();
            assertThat(activity.urn()).isEqualTo("urn:hmpps:structured-interventions:contact:" + activity.id());
            assertThat(activity.view().source()).isEqualTo(ContactSource.PRACTITIONER);
        }

        @Test
        void an_activity_may_be_marked_as_not_counting_towards_rar() {
            Contact contact = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY,
                    ContactOutcome.ATTENDED_COMPLIED, false, null), List.of(REQUIREMENT_TERMS));

            assertThat(contact.rarActivity()).isFalse();
            assertThat(contact.rarRequirementId()).isNull();
        }

        @Test
        void ends_after_it_starts_and_has_an_outcome_only_once_it_has_happened() {
            ContactDetails backwards = new ContactDetails("X123456", ContactType.OTHER_REHABILITATIVE_ACTIVITY,
                    TODAY.plusDays(1), LocalTime.of(11, 0), LocalTime.of(11, 0), PRACTITIONER,
                    ContactOutcome.ATTENDED_COMPLIED, null, null, null, null);

            assertThatThrownBy(() -> record(backwards, List.of())).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("endTime", "outcome"));
        }

        @Test
        void holds_what_was_recorded_and_whoever_recorded_it_is_the_last_to_have_changed_it() {
            Contact contact = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY.minusDays(1),
                    ContactOutcome.ATTENDED_COMPLIED, null, null), List.of());

            assertThat(contact.crn()).isEqualTo("X123456");
            assertThat(contact.type()).isEqualTo(ContactType.OTHER_REHABILITATIVE_ACTIVITY);
            assertThat(contact.date()).isEqualTo(TODAY.minusDays(1));
            assertThat(contact.view()).satisfies(view -> {
                assertThat(view.recordedBy()).isEqualTo("PP1");
                assertThat(view.recordedAt()).isEqualTo(NOW);
                assertThat(view.updatedBy()).isEqualTo("PP1");
                assertThat(view.updatedAt()).isEqualTo(NOW);
            });
        }

        @Test
        void may_be_booked_for_later_without_an_outcome() {
            Contact booked = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY.plusDays(7), null, null,
                    null), List.of());

            assertThat(booked.outcome()).isNull();
        }
    }

    @Nested
    class Recording_by_hand {

        @Test
        void refuses_each_module_contact_on_its_type_alone_naming_the_readiness_endpoint_that_records_it() {
            assertBroken(() -> record(details(ContactType.PIM_INTRODUCTION, TODAY, null, true, null), List.of()),
                    new FieldError("type", "cannot be recorded by hand: Pre-intervention module: introduction is "
                            + "recorded through readiness-service: POST /people/X123456/readiness/introduction, and "
                            + "its contact is made from readiness-service's event"));
            assertBroken(() -> record(details(ContactType.PIM_FOLLOW_UP, TODAY, ContactOutcome.ATTENDED_COMPLIED,
                    null, null), List.of(REQUIREMENT_TERMS)), new FieldError("type", "cannot be recorded by hand: "
                    + "Pre-intervention module: follow-up (pre-work contact) is recorded through readiness-service: "
                    + "POST /people/X123456/readiness/follow-ups, and its contact is made from readiness-service's "
                    + "event"));
            assertBroken(() -> record(details(ContactType.PIM_COMPLETION, TODAY.plusDays(1),
                    ContactOutcome.ATTENDED_COMPLIED, null, 5L), List.of()), new FieldError("type",
                    "cannot be recorded by hand: Pre-intervention module: completion is recorded through "
                            + "readiness-service: POST /people/X123456/readiness/completion, and its contact is made "
                            + "from readiness-service's event"));
        }

        @Test
        void allows_only_other_rehabilitative_activity() {
            assertThat(Arrays.stream(ContactType.values()).filter(ContactType::recordedByHand))
                    .containsExactly(ContactType.OTHER_REHABILITATIVE_ACTIVITY);
            assertThat(ContactType.OTHER_REHABILITATIVE_ACTIVITY.recordedThrough()).isEqualTo("POST /contacts");
            assertThat(ContactType.PIM_COMPLETION.recordedThrough())
                    .isEqualTo("readiness-service: POST /people/{crn}/readiness/completion");
        }
    }

    @Nested
    class Linking_to_a_rar_requirement {

        @Test
        void links_to_the_persons_only_requirement_covering_the_day_when_none_is_named() {
            Contact contact = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY,
                    ContactOutcome.ATTENDED_COMPLIED, null, null), List.of(REQUIREMENT_TERMS, LATER_TERMS));

            assertThat(contact.rarRequirementId()).isEqualTo(REQUIREMENT);
        }

        @Test
        void links_to_none_when_several_requirements_cover_the_day_or_none_does() {
            RarTally.Terms concurrent = new RarTally.Terms(88L, 5, TODAY.minusDays(1), TODAY.plusDays(1));

            assertThat(RarLinks.requirementFor(TODAY, List.of(REQUIREMENT_TERMS, concurrent))).isEmpty();
            assertThat(RarLinks.requirementFor(TODAY, List.of(LATER_TERMS))).isEmpty();
            assertThat(RarLinks.requirementFor(TODAY.plusDays(1), List.of(LATER_TERMS))).contains(77L);
        }

        @Test
        void a_named_requirement_must_be_the_persons_cover_the_day_and_the_contact_must_be_a_rar_activity() {
            assertBroken(() -> record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY, null, null, 5L),
                    List.of(REQUIREMENT_TERMS)), new FieldError("rarRequirementId", "is not a RAR requirement of this person"));
            assertBroken(() -> record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY, null, null, 77L),
                    List.of(LATER_TERMS)), new FieldError("rarRequirementId", "runs from " + LATER_TERMS.startDate()
                    + " to " + LATER_TERMS.expectedEndDate() + ", which does not cover " + TODAY));
            assertBroken(() -> record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY, null, false,
                    REQUIREMENT), List.of(REQUIREMENT_TERMS)), new FieldError("rarRequirementId",
                    "can only be given for a RAR activity"));
        }

        @Test
        void counts_towards_the_requirement_it_is_linked_to_as_it_was_recorded() {
            Contact contact = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY,
                    ContactOutcome.ATTENDED_COMPLIED, null, null), List.of(REQUIREMENT_TERMS));

            assertThat(contact.activity()).isEqualTo(new RarTally.Activity(contact.id(), contact.urn(),
                    ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY, LocalTime.of(10, 0), true,
                    ContactOutcome.ATTENDED_COMPLIED, REQUIREMENT));
            assertThat(RarTally.count(REQUIREMENT_TERMS, List.of(contact.activity())).days()).singleElement()
                    .satisfies(day -> assertThat(day.contacts()).extracting(RarTally.Activity::contactId)
                            .containsExactly(contact.id()));
        }

        @Test
        void a_requirement_registered_later_takes_in_an_unlinked_rar_activity_and_marks_it_changed() {
            Contact contact = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY,
                    ContactOutcome.ATTENDED_COMPLIED, null, null), List.of());
            OffsetDateTime later = NOW.plusDays(2);

            contact.linkTo(REQUIREMENT, "DELIUS", later);

            assertThat(contact.rarRequirementId()).isEqualTo(REQUIREMENT);
            assertThat(contact.view().updatedBy()).isEqualTo("DELIUS");
            assertThat(contact.view().updatedAt()).isEqualTo(later);
            assertThat(contact.view().recordedBy()).isEqualTo("PP1");
        }

        @Test
        void a_link_once_made_stays_and_a_contact_that_is_not_a_rar_activity_is_never_linked() {
            Contact linked = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY,
                    ContactOutcome.ATTENDED_COMPLIED, null, null), List.of(REQUIREMENT_TERMS));
            Contact notCounting = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY,
                    ContactOutcome.ATTENDED_COMPLIED, false, null), List.of());

            assertThatThrownBy(() -> linked.linkTo(77L, "DELIUS", NOW)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> notCounting.linkTo(REQUIREMENT, "DELIUS", NOW))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(linked.rarRequirementId()).isEqualTo(REQUIREMENT);
            assertThat(notCounting.rarRequirementId()).isNull();
        }

        @Test
        void a_named_requirement_wins_over_the_only_covering_one() {
            RarTally.Terms concurrent = new RarTally.Terms(88L, 5, TODAY.minusDays(1), TODAY.plusDays(1));

            Contact contact = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY,
                    ContactOutcome.ATTENDED_COMPLIED, null, 88L), List.of(REQUIREMENT_TERMS, concurrent));

            assertThat(contact.rarRequirementId()).isEqualTo(88L);
        }
    }

    @Nested
    class From_a_step_of_the_module {

        private Contact.ModuleStep followUp(String source) {
            return new Contact.ModuleStep(source, "X123456", ContactType.PIM_FOLLOW_UP, TODAY, LocalTime.of(10, 0),
                    LocalTime.of(11, 30), PRACTITIONER, ContactOutcome.ATTENDED_COMPLIED, null, "PP1");
        }

        @Test
        void the_same_step_always_makes_the_same_contact_and_urn() {
            Contact once = Contact.fromModuleStep(followUp("readiness:follow-up:1"), List.of(), NOW);
            Contact again = Contact.fromModuleStep(followUp("readiness:follow-up:1"), List.of(), NOW);
            Contact other = Contact.fromModuleStep(followUp("readiness:follow-up:2"), List.of(), NOW);

            assertThat(again.urn()).isEqualTo(once.urn());
            assertThat(other.urn()).isNotEqualTo(once.urn());
            assertThat(once.view().source()).isEqualTo(ContactSource.READINESS_SERVICE);
        }

        @Test
        void is_recorded_and_last_changed_by_whoever_recorded_the_step() {
            Contact contact = Contact.fromModuleStep(followUp("readiness:follow-up:4"), List.of(), NOW);

            assertThat(contact.crn()).isEqualTo("X123456");
            assertThat(contact.type()).isEqualTo(ContactType.PIM_FOLLOW_UP);
            assertThat(contact.date()).isEqualTo(TODAY);
            assertThat(contact.view()).satisfies(view -> {
                assertThat(view.sourceReference()).isEqualTo("readiness:follow-up:4");
                assertThat(view.recordedBy()).isEqualTo("PP1");
                assertThat(view.recordedAt()).isEqualTo(NOW);
                assertThat(view.updatedBy()).isEqualTo("PP1");
                assertThat(view.updatedAt()).isEqualTo(NOW);
            });
        }

        @Test
        void an_introduction_is_not_a_rar_activity_and_links_to_no_requirement() {
            Contact contact = Contact.fromModuleStep(new Contact.ModuleStep("readiness:introduction:1", "X123456",
                    ContactType.PIM_INTRODUCTION, TODAY, LocalTime.of(10, 0), LocalTime.of(11, 30), PRACTITIONER,
                    ContactOutcome.ATTENDED_COMPLIED, null, "PP1"), List.of(REQUIREMENT_TERMS), NOW);

            assertThat(contact.rarActivity()).isFalse();
            assertThat(contact.rarRequirementId()).isNull();
        }

        @Test
        void a_follow_up_links_to_the_only_requirement_covering_its_day() {
            Contact contact = Contact.fromModuleStep(followUp("readiness:follow-up:3"), List.of(REQUIREMENT_TERMS), NOW);

            assertThat(contact.rarActivity()).isTrue();
            assertThat(contact.rarRequirementId()).isEqualTo(REQUIREMENT);
        }
    }

    @Nested
    class The_outcome {

        @Test
        void can_be_corrected_and_says_whether_it_changed() {
            Contact contact = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY,
                    ContactOutcome.ATTENDED_COMPLIED, null, null), List.of());

            assertThat(contact.recordOutcome(ContactOutcome.FAILED_TO_ATTEND, TODAY, "PP2", NOW)).isTrue();
            assertThat(contact.outcome()).isEqualTo(ContactOutcome.FAILED_TO_ATTEND);
            assertThat(contact.view().updatedBy()).isEqualTo("PP2");
            assertThat(contact.recordOutcome(ContactOutcome.FAILED_TO_ATTEND, TODAY, "PP3", NOW)).isFalse();
            assertThat(contact.view().updatedBy()).isEqualTo("PP2");
        }

        @Test
        void cannot_be_recorded_before_the_contact_takes_place() {
            Contact booked = record(details(ContactType.OTHER_REHABILITATIVE_ACTIVITY, TODAY.plusDays(3), null, null,
                    null), List.of());

            assertThatThrownBy(() -> booked.recordOutcome(ContactOutcome.ATTENDED_COMPLIED, TODAY, "PP1", NOW))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("outcome"));
        }
    }

    @Nested
    class A_rar_requirement {

        private RarRequirementDetails details(String crn, int maximum, LocalDate start, LocalDate end) {
            return new RarRequirementDetails(REQUIREMENT, crn, maximum, start, end);
        }

        @Test
        void is_updated_when_the_court_varies_it_and_says_whether_anything_changed() {
            RarRequirement requirement = RarRequirement.register(details("X123456", 20, TODAY, TODAY.plusYears(1)),
                    "DELIUS", NOW);

            assertThat(requirement.update(details("X123456", 20, TODAY, TODAY.plusYears(1)), "DELIUS", NOW)).isFalse();
            assertThat(requirement.update(details("X123456", 25, TODAY, TODAY.plusYears(1)), "DELIUS", NOW)).isTrue();
            assertThat(requirement.terms().maximumDays()).isEqualTo(25);
        }

        @Test
        void is_registered_under_nDelius_id_for_its_person_by_whoever_registered_it() {
            RarRequirement requirement = RarRequirement.register(details("X123456", 20, TODAY, TODAY.plusYears(1)),
                    "DELIUS", NOW);

            assertThat(requirement.requirementId()).isEqualTo(REQUIREMENT);
            assertThat(requirement.crn()).isEqualTo("X123456");
            assertThat(requirement.view()).isEqualTo(new RarRequirement.View(REQUIREMENT, "X123456", 20, TODAY,
                    TODAY.plusYears(1), "DELIUS", NOW, "DELIUS", NOW, 0));
        }

        @Test
        void a_variation_keeps_who_registered_it_and_records_who_changed_it() {
            RarRequirement requirement = RarRequirement.register(details("X123456", 20, TODAY, TODAY.plusYears(1)),
                    "DELIUS", NOW);
            OffsetDateTime later = NOW.plusDays(5);

            requirement.update(details("X123456", 20, TODAY.plusDays(1), TODAY.plusYears(2)), "DELIUS2", later);

            assertThat(requirement.view()).isEqualTo(new RarRequirement.View(REQUIREMENT, "X123456", 20,
                    TODAY.plusDays(1), TODAY.plusYears(2), "DELIUS", NOW, "DELIUS2", later, 0));
        }

        @Test
        void a_change_of_either_date_alone_is_a_change() {
            RarRequirement requirement = RarRequirement.register(details("X123456", 20, TODAY, TODAY.plusYears(1)),
                    "DELIUS", NOW);

            assertThat(requirement.update(details("X123456", 20, TODAY.minusDays(1), TODAY.plusYears(1)), "DELIUS",
                    NOW)).isTrue();
            assertThat(requirement.update(details("X123456", 20, TODAY.minusDays(1), TODAY.plusYears(1).plusDays(1)),
                    "DELIUS", NOW)).isTrue();
            assertThat(requirement.terms()).isEqualTo(new RarTally.Terms(REQUIREMENT, 20, TODAY.minusDays(1),
                    TODAY.plusYears(1).plusDays(1)));
        }

        @Test
        void cannot_be_varied_to_end_before_it_starts_and_is_left_as_it_was() {
            RarRequirement requirement = RarRequirement.register(details("X123456", 20, TODAY, TODAY.plusYears(1)),
                    "DELIUS", NOW);

            assertBroken(() -> requirement.update(details("X123456", 25, TODAY, TODAY.minusDays(1)), "DELIUS", NOW),
                    new FieldError("expectedEndDate", "must not be before the start date"));
            assertThat(requirement.terms()).isEqualTo(new RarTally.Terms(REQUIREMENT, 20, TODAY, TODAY.plusYears(1)));
        }

        @Test
        void cannot_move_to_another_person_or_end_before_it_starts() {
            RarRequirement requirement = RarRequirement.register(details("X123456", 20, TODAY, TODAY.plusYears(1)),
                    "DELIUS", NOW);

            assertThatThrownBy(() -> requirement.update(details("Y654321", 20, TODAY, TODAY.plusYears(1)), "DELIUS",
                    NOW)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
            assertBroken(() -> RarRequirement.register(details("X123456", 20, TODAY, TODAY.minusDays(1)), "DELIUS",
                    NOW), new FieldError("expectedEndDate", "must not be before the start date"));
        }
    }

    @Nested
    class A_search_for_contacts {

        @Test
        void refuses_a_range_that_ends_before_it_starts_naming_to() {
            assertThatThrownBy(() -> new ContactSearch("X123456", TODAY, TODAY.minusDays(1), null))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
                        assertThat(e.errors()).containsExactly(new FieldError("to", "must not be before from"));
                    });
        }

        @Test
        void takes_a_range_of_one_day_or_one_open_at_either_end() {
            assertThat(new ContactSearch("X123456", TODAY, TODAY, null).to()).isEqualTo(TODAY);
            assertThat(new ContactSearch("X123456", null, TODAY, null).from()).isNull();
            assertThat(new ContactSearch("X123456", TODAY, null, ContactType.PIM_FOLLOW_UP).to()).isNull();
            assertThat(new ContactSearch("X123456", null, null, null).crn()).isEqualTo("X123456");
        }
    }
}
