package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** What a referral records of itself: what the draft says, what its log says, and what it shows. */
class ReferralRecordTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");
    private static final UUID INTERVENTION = UUID.fromString("1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11");

    private static ReferralDetails drinkDriver() {
        return new ReferralDetails("X123456", INTERVENTION, " london ", DeliveryFormat.ONE_TO_ONE, DeliveryMode.ONLINE,
                LocalDate.parse("1990-01-01"), Sex.FEMALE, Set.of(OffenceCohort.DRINK_DRIVING, OffenceCohort.DANGEROUS_DRIVING),
                RiskOfRecidivism.MEDIUM, true, "Too short a sentence", " Impulsive decisions ");
    }

    private static ReadinessAssessment assessment(Referral referral, OffsetDateTime at, boolean ready,
            ReadinessBarrier... barriers) {
        return new ReadinessAssessment(UUID.randomUUID(), at, ready, List.of(barriers), List.of(referral.id()));
    }

    private static Referral submitted() {
        Referral referral = Referral.draft(UUID.randomUUID(), drinkDriver(), "Positive Pathways", "PP", NOW);
        referral.submit(List.of(), "Positive Pathways", "PP", NOW.plusMinutes(5));
        return referral;
    }

    @Nested
    class A_draft {

        @Test
        void records_what_the_practitioner_wrote_stripped_and_who_made_it() {
            UUID id = UUID.randomUUID();
            Referral referral = Referral.draft(id, drinkDriver(), "Positive Pathways", "PP", NOW);

            assertThat(referral.id()).isEqualTo(id);
            assertThat(referral.crn()).isEqualTo("X123456");
            assertThat(referral.interventionId()).isEqualTo(INTERVENTION);
            assertThat(referral.interventionName()).isEqualTo("Positive Pathways");
            assertThat(referral.region()).isEqualTo("london");
            ReferralView view = referral.view();
            assertThat(view.deliveryFormat()).isEqualTo(DeliveryFormat.ONE_TO_ONE);
            assertThat(view.deliveryMode()).isEqualTo(DeliveryMode.ONLINE);
            assertThat(view.sex()).isEqualTo(Sex.FEMALE);
            assertThat(view.offenceCohorts()).as("in a stable order")
                    .containsExactly(OffenceCohort.DANGEROUS_DRIVING, OffenceCohort.DRINK_DRIVING);
            assertThat(view.riskOfRecidivism()).isEqualTo(RiskOfRecidivism.MEDIUM);
            assertThat(view.unsuitableForAccreditedProgramme()).isTrue();
            assertThat(view.unsuitableForAccreditedProgrammeReason()).isEqualTo("Too short a sentence");
            assertThat(view.reasonForReferral()).isEqualTo("Impulsive decisions");
            assertThat(view.status()).isEqualTo(ReferralStatus.DRAFT);
            assertThat(view.referredBy()).isEqualTo("PP");
            assertThat(view.createdAt()).isEqualTo(NOW);
            assertThat(view.updatedBy()).isEqualTo("PP");
            assertThat(view.updatedAt()).isEqualTo(NOW);
            assertThat(view.submittedAt()).isNull();
        }

        @Test
        void reads_back_the_same_details_for_the_eligibility_rules() {
            ReferralDetails details = Referral.draft(UUID.randomUUID(), drinkDriver(), "Positive Pathways", "PP", NOW)
                    .details();

            assertThat(details.offenceCohorts())
                    .containsExactlyInAnyOrder(OffenceCohort.DRINK_DRIVING, OffenceCohort.DANGEROUS_DRIVING);
            assertThat(details.region()).isEqualTo("london");
            assertThat(details.dateOfBirth()).isEqualTo(LocalDate.parse("1990-01-01"));
            assertThat(details.unsuitableForAccreditedProgramme()).isTrue();
        }

        @Test
        void is_revised_by_replacing_what_it_says_and_who_changed_it_last() {
            Referral referral = Referral.draft(UUID.randomUUID(), drinkDriver(), "Positive Pathways", "PP", NOW);
            UUID other = UUID.randomUUID();
            referral.handOver("PP2", null, Set.of(Roles.PRACTITIONER), "PP", NOW);

            referral.revise(new ReferralDetails("Y654321", other, "wales", DeliveryFormat.GROUP, DeliveryMode.IN_PERSON,
                    LocalDate.parse("1985-06-01"), Sex.MALE, Set.of(), RiskOfRecidivism.LOW, false, " ", "Changed"),
                    "Managing My Emotions", "PP2", NOW.plusHours(1));

            assertThat(referral.crn()).isEqualTo("Y654321");
            assertThat(referral.interventionId()).isEqualTo(other);
            assertThat(referral.interventionName()).isEqualTo("Managing My Emotions");
            assertThat(referral.region()).isEqualTo("wales");
            ReferralView view = referral.view();
            assertThat(view.offenceCohorts()).isEmpty();
            assertThat(view.unsuitableForAccreditedProgrammeReason()).as("a blank reason is none").isNull();
            assertThat(view.updatedBy()).isEqualTo("PP2");
            assertThat(view.updatedAt()).isEqualTo(NOW.plusHours(1));
            assertThat(view.referredBy()).as("still its author's, the practitioner it was handed to").isEqualTo("PP2");
            assertThat(referral.history()).as("a revision is not a move: the draft and its hand-over").hasSize(2);
        }

        @Test
        void alone_can_be_revised() {
            Referral referral = submitted();

            assertThatThrownBy(() -> referral.revise(drinkDriver(), "Positive Pathways", "PP", NOW))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
                        assertThat(e.userMessage()).contains("AWAITING_READINESS");
                    });
            assertThat(referral.crn()).isEqualTo("X123456");
        }
    }

    @Nested
    class Submission {

        @Test
        void says_whether_one_rule_or_how_many_are_broken() {
            Referral referral = Referral.draft(UUID.randomUUID(), drinkDriver(), "Positive Pathways", "PP", NOW);
            FieldError sex = new FieldError("sex", "is for men only");
            FieldError age = new FieldError("dateOfBirth", "is for people aged 18 or over");

            assertThatThrownBy(() -> referral.submit(List.of(sex), "Positive Pathways", "PP", NOW))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.userMessage()).endsWith("it breaks a rule");
                        assertThat(e.errors()).containsExactly(sex);
                    });
            assertThatThrownBy(() -> referral.submit(List.of(sex, age), "Positive Pathways", "PP", NOW))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.userMessage()).endsWith("it breaks 2 rules"));
        }

        @Test
        void records_when_it_was_submitted_and_the_name_the_catalogue_gives_the_intervention_then() {
            Referral referral = Referral.draft(UUID.randomUUID(), drinkDriver(), "Positive Pathways", "PP", NOW);
            referral.submit(List.of(), "Positive Pathways (2026)", "PP", NOW.plusMinutes(5));

            assertThat(referral.view().submittedAt()).isEqualTo(NOW.plusMinutes(5));
            assertThat(referral.interventionName()).isEqualTo("Positive Pathways (2026)");
        }

        @Test
        void of_a_submitted_referral_is_refused() {
            Referral referral = submitted();

            assertThatThrownBy(() -> referral.submit(List.of(), "Positive Pathways", "PP", NOW))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
            assertThat(referral.history()).hasSize(2);
        }
    }

    @Nested
    class The_status_log {

        @Test
        void numbers_each_move_in_order_with_when_and_the_notes() {
            Referral referral = submitted();
            referral.transition(ReferralStatus.DEPRIORITISED, Set.of(Roles.TREATMENT_MANAGER), null,
                    "Higher-risk cases first", "  ", "TM", NOW.plusDays(1));
            referral.transition(ReferralStatus.AWAITING_READINESS, Set.of(Roles.TREATMENT_MANAGER), null,
                    "Reprioritised", "Spoke to the PP", "TM", NOW.plusDays(2));

            List<StatusChange> log = referral.history();
            assertThat(log).extracting(StatusChange::sequence).containsExactly(0, 1, 2, 3);
            assertThat(log).extracting(StatusChange::changedAt)
                    .containsExactly(NOW, NOW.plusMinutes(5), NOW.plusDays(1), NOW.plusDays(2));
            assertThat(log.get(0).from()).as("a draft comes from nowhere").isNull();
            assertThat(log.get(2).notes()).as("blank notes are none").isNull();
            assertThat(log.get(3).notes()).isEqualTo("Spoke to the PP");
            assertThat(referral.view().updatedBy()).isEqualTo("TM");
            assertThat(referral.view().updatedAt()).isEqualTo(NOW.plusDays(2));
        }
    }

    @Nested
    class Readiness {

        @Test
        void the_barriers_of_a_paused_referral_are_dropped_once_it_moves_on() {
            Referral referral = submitted();
            referral.assessed(assessment(referral, NOW.plusHours(1), false, ReadinessBarrier.TECHNOLOGY_ACCESS), true,
                    NOW.plusHours(1));
            assertThat(referral.view().readinessBarriers()).containsExactly(ReadinessBarrier.TECHNOLOGY_ACCESS);

            referral.transition(ReferralStatus.AWAITING_READINESS, Set.of(Roles.PRACTITIONER), null,
                    "Sentence plan reassessed", null, "PP", NOW.plusDays(1));

            assertThat(referral.status()).isEqualTo(ReferralStatus.AWAITING_READINESS);
            assertThat(referral.view().readinessBarriers()).isEmpty();
        }

        @Test
        void the_barriers_are_dropped_when_a_later_ready_makes_it_ready_to_allocate() {
            Referral referral = submitted();
            referral.assessed(assessment(referral, NOW.plusHours(1), false, ReadinessBarrier.MOTIVATION), true,
                    NOW.plusHours(1));

            referral.assessed(assessment(referral, NOW.plusDays(1), true), true, NOW.plusDays(1));

            assertThat(referral.status()).isEqualTo(ReferralStatus.READY_TO_ALLOCATE);
            assertThat(referral.view().readinessBarriers()).isEmpty();
            assertThat(referral.view().updatedBy()).isEqualTo(Referral.READINESS_SERVICE);
        }

        @Test
        void a_not_ready_assessment_shows_as_not_ready_and_completing_the_module_does_not_make_it_ready() {
            Referral referral = submitted();
            ReadinessAssessment notReady = assessment(referral, NOW.plusHours(1), false, ReadinessBarrier.MOTIVATION);
            referral.assessed(notReady, false, NOW.plusHours(1));

            assertThat(referral.view().readinessAssessment().ready()).isFalse();
            assertThat(referral.view().readinessAssessment().assessmentId()).isEqualTo(notReady.id());
            assertThat(referral.moduleCompleted(NOW.plusDays(1))).isEmpty();
            assertThat(referral.status()).isEqualTo(ReferralStatus.SUITABLE_BUT_NOT_READY);
        }

        @Test
        void the_move_readiness_makes_is_logged_as_the_readiness_service_with_its_reason() {
            Referral referral = submitted();
            StatusChange move = referral.assessed(assessment(referral, NOW.plusHours(1), false,
                    ReadinessBarrier.WORK_PATTERN), true, NOW.plusHours(2)).moved().orElseThrow();

            assertThat(move.changedBy()).isEqualTo(Referral.READINESS_SERVICE);
            assertThat(move.changedAt()).isEqualTo(NOW.plusHours(2));
            assertThat(move.reason()).isEqualTo("Assessed not ready: [WORK_PATTERN]");
            assertThat(move.reasonCode()).isNull();
        }
    }
}
