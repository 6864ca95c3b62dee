package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

class ReferralTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");

    private static Referral submitted() {
        Referral referral = Referral.draft(UUID.randomUUID(), new ReferralDetails("X123456", UUID.randomUUID(), "london",
                DeliveryFormat.GROUP, DeliveryMode.IN_PERSON, LocalDate.parse("1990-01-01"), Sex.MALE, Set.of(),
                RiskOfRecidivism.LOW, false, null, "Reason"), "Positive Pathways", "PP", NOW);
        referral.submit(List.of(), "Positive Pathways", "PP", NOW);
        return referral;
    }

    private static ProblemType refusal(Runnable change) {
        try {
            change.run();
        } catch (ProblemException e) {
            return e.type();
        }
        throw new AssertionError("the change was not refused");
    }

    @Test
    void submission_with_a_broken_rule_is_refused_and_leaves_a_draft() {
        Referral referral = Referral.draft(UUID.randomUUID(), submitted().details(), "Positive Pathways", "PP", NOW);
        assertThatThrownBy(() -> referral.submit(List.of(new FieldError("sex", "no")), "Positive Pathways", "PP", NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.RULE_BROKEN));
        assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
    }

    @Test
    void a_submitted_referral_awaits_readiness_and_its_log_says_who_and_when() {
        Referral referral = submitted();
        assertThat(referral.status()).isEqualTo(ReferralStatus.AWAITING_READINESS);
        assertThat(referral.history()).extracting(StatusChange::to)
                .containsExactly(ReferralStatus.DRAFT, ReferralStatus.AWAITING_READINESS);
        assertThat(referral.history().get(1).changedBy()).isEqualTo("PP");
        assertThat(referral.history().get(1).trigger()).isEqualTo(TransitionTrigger.SUBMISSION);
    }

    @Test
    void only_the_roles_of_a_move_may_make_it_and_readiness_moves_are_not_made_by_hand() {
        Referral referral = submitted();
        assertThat(refusal(() -> referral.transition(ReferralStatus.READY_TO_ALLOCATE, Set.of(Roles.TREATMENT_MANAGER),
                null, null, null, "TM", NOW))).isEqualTo(ProblemType.CONFLICT);
        assertThat(refusal(() -> referral.transition(ReferralStatus.WITHDRAWN, Set.of(Roles.TREATMENT_MANAGER),
                ReasonCode.OTHER, "x", null, "TM", NOW))).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(refusal(() -> referral.transition(ReferralStatus.WITHDRAWN, Set.of(Roles.PRACTITIONER),
                null, "x", null, "PP", NOW))).isEqualTo(ProblemType.RULE_BROKEN);
        referral.transition(ReferralStatus.WITHDRAWN, Set.of(Roles.PRACTITIONER), ReasonCode.PERSON_DECLINED,
                "Declined", null, "PP", NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(refusal(() -> referral.transition(ReferralStatus.AWAITING_READINESS, Set.of(Roles.PRACTITIONER),
                null, "back", null, "PP", NOW))).isEqualTo(ProblemType.CONFLICT);
    }

    private static ReadinessAssessment assessment(OffsetDateTime at, boolean ready, List<UUID> referralIds,
            ReadinessBarrier... barriers) {
        return new ReadinessAssessment(UUID.randomUUID(), at, ready, List.of(barriers), referralIds);
    }

    private static ReadinessAssessment notReadyFor(Referral referral, OffsetDateTime at, ReadinessBarrier... barriers) {
        return assessment(at, false, List.of(referral.id()), barriers);
    }

    private static ReadinessAssessment readyFor(Referral referral, OffsetDateTime at) {
        return assessment(at, true, List.of(referral.id()));
    }

    private static void allocate(Referral referral) {
        referral.transition(ReferralStatus.ALLOCATED, Set.of(Roles.TREATMENT_MANAGER), null, null, null, "TM", NOW);
    }

    @Test
    void readiness_moves_a_waiting_referral_and_nothing_else() {
        Referral referral = submitted();
        assertThat(referral.assessed(notReadyFor(referral, NOW, ReadinessBarrier.MOTIVATION), false, NOW).moved())
                .isPresent();
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUITABLE_BUT_NOT_READY);
        assertThat(referral.view().readinessBarriers()).containsExactly(ReadinessBarrier.MOTIVATION);
        assertThat(referral.assessed(readyFor(referral, NOW.plusDays(1)), false, NOW).moved())
                .as("ready but the module is not complete").isEmpty();
        assertThat(referral.moduleCompleted(NOW)).isPresent();
        assertThat(referral.status()).isEqualTo(ReferralStatus.READY_TO_ALLOCATE);
        assertThat(referral.moduleCompleted(NOW)).as("already ready").isEmpty();
    }

    @Test
    void an_assessment_counts_only_for_the_referrals_it_was_made_for() {
        Referral referral = submitted();
        Referral other = submitted();

        assertThat(referral.assessed(readyFor(other, NOW.plusHours(1)), true, NOW).moved()).isEmpty();
        assertThat(referral.status()).isEqualTo(ReferralStatus.AWAITING_READINESS);
        assertThat(referral.view().readinessAssessment()).isNull();
        assertThat(referral.assessed(readyFor(referral, NOW.plusHours(1)), true, NOW).moved()).isPresent();
        assertThat(referral.status()).isEqualTo(ReferralStatus.READY_TO_ALLOCATE);
        assertThat(referral.view().readinessAssessment().ready()).isTrue();
    }

    @Test
    void a_referral_submitted_after_the_person_was_assessed_ready_waits_for_an_assessment_made_for_it() {
        Referral earlier = submitted();
        earlier.assessed(readyFor(earlier, NOW.plusHours(1)), true, NOW);
        assertThat(earlier.status()).isEqualTo(ReferralStatus.READY_TO_ALLOCATE);

        Referral later = submitted();
        assertThat(later.moduleCompleted(NOW.plusDays(2))).as("completion alone does not make it ready").isEmpty();
        assertThat(later.status()).isEqualTo(ReferralStatus.AWAITING_READINESS);
        assertThat(later.assessed(readyFor(later, NOW.plusDays(3)), true, NOW.plusDays(3)).moved())
                .as("the module completed once still counts for it").isPresent();
        assertThat(later.status()).isEqualTo(ReferralStatus.READY_TO_ALLOCATE);
    }

    @Test
    void an_assessment_from_before_assessments_named_their_referrals_stands_for_those_submitted_by_then() {
        Referral referral = submitted();

        assertThat(referral.assessed(assessment(NOW.minusHours(1), true, null), true, NOW).moved())
                .as("made before the referral was submitted").isEmpty();
        assertThat(referral.assessed(assessment(NOW.plusHours(1), true, null), true, NOW).moved()).isPresent();
    }

    @Test
    void an_older_assessment_or_one_at_the_same_moment_changes_nothing() {
        Referral referral = submitted();
        referral.assessed(readyFor(referral, NOW.plusDays(2)), true, NOW);

        assertThat(referral.assessed(notReadyFor(referral, NOW.plusDays(1), ReadinessBarrier.OTHER), true, NOW).moved())
                .isEmpty();
        assertThat(referral.assessed(notReadyFor(referral, NOW.plusDays(2), ReadinessBarrier.OTHER), true, NOW).moved())
                .isEmpty();
        assertThat(referral.status()).isEqualTo(ReferralStatus.READY_TO_ALLOCATE);
    }

    @Test
    void a_later_not_ready_takes_a_referral_ready_to_allocate_back_to_suitable_but_not_ready_with_the_barriers() {
        Referral referral = submitted();
        referral.assessed(readyFor(referral, NOW.plusHours(1)), true, NOW);

        Referral.ReadinessOutcome outcome = referral.assessed(notReadyFor(referral, NOW.plusDays(1),
                ReadinessBarrier.SUBSTANCE_MISUSE), true, NOW.plusDays(1));

        assertThat(outcome.moved()).hasValueSatisfying(change -> {
            assertThat(change.from()).isEqualTo(ReferralStatus.READY_TO_ALLOCATE);
            assertThat(change.to()).isEqualTo(ReferralStatus.SUITABLE_BUT_NOT_READY);
            assertThat(change.trigger()).isEqualTo(TransitionTrigger.READINESS_EVENT);
        });
        assertThat(outcome.concern()).isEmpty();
        assertThat(referral.view().readinessBarriers()).containsExactly(ReadinessBarrier.SUBSTANCE_MISUSE);
        assertThat(referral.assessed(readyFor(referral, NOW.plusDays(8)), true, NOW.plusDays(8)).moved())
                .hasValueSatisfying(change -> assertThat(change.to()).isEqualTo(ReferralStatus.READY_TO_ALLOCATE));
    }

    @Test
    void a_later_not_ready_on_an_allocated_or_started_referral_keeps_its_status_and_raises_a_concern() {
        Referral referral = submitted();
        referral.assessed(readyFor(referral, NOW.plusHours(1)), true, NOW);
        allocate(referral);
        ReadinessAssessment notReady = notReadyFor(referral, NOW.plusDays(1), ReadinessBarrier.WORK_PATTERN);

        Referral.ReadinessOutcome outcome = referral.assessed(notReady, true, NOW.plusDays(1));

        assertThat(outcome.moved()).isEmpty();
        assertThat(outcome.concern()).isPresent();
        assertThat(referral.status()).isEqualTo(ReferralStatus.ALLOCATED);
        ReadinessConcern.View concern = referral.view().readinessConcern();
        assertThat(concern.assessmentId()).isEqualTo(notReady.id());
        assertThat(concern.assessedAt()).isEqualTo(NOW.plusDays(1));
        assertThat(concern.barriers()).containsExactly(ReadinessBarrier.WORK_PATTERN);

        referral.transition(ReferralStatus.IN_PROGRESS, Set.of(Roles.TREATMENT_MANAGER), null, null, null, "TM", NOW);
        assertThat(referral.assessed(notReadyFor(referral, NOW.plusDays(2), ReadinessBarrier.MOTIVATION), true,
                NOW.plusDays(2)).concern()).as("in progress too").isPresent();
        assertThat(referral.status()).isEqualTo(ReferralStatus.IN_PROGRESS);

        referral.assessed(readyFor(referral, NOW.plusDays(3)), true, NOW.plusDays(3));
        assertThat(referral.view().readinessConcern()).as("a later ready assessment clears it").isNull();
    }

    private static Referral started() {
        Referral referral = submitted();
        referral.assessed(readyFor(referral, NOW.plusHours(1)), true, NOW);
        allocate(referral);
        referral.transition(ReferralStatus.ON_PROGRAMME, Set.of(Roles.TREATMENT_MANAGER), null, null, null, "TM", NOW);
        return referral;
    }

    @Test
    void a_person_on_the_programme_completes_it_or_ends_it_without_completion_with_an_ending_reason_code() {
        Referral completing = started();
        assertThat(completing.status()).isEqualTo(ReferralStatus.ON_PROGRAMME);
        completing.transition(ReferralStatus.COMPLETED, Set.of(Roles.TREATMENT_MANAGER), null, null, null, "TM", NOW);
        assertThat(completing.status()).isEqualTo(ReferralStatus.COMPLETED);

        Referral ending = started();
        assertThat(refusal(() -> ending.transition(ReferralStatus.ENDED_WITHOUT_COMPLETION,
                Set.of(Roles.TREATMENT_MANAGER), null, "Stopped coming", null, "TM", NOW)))
                .as("an ending needs its reason code").isEqualTo(ProblemType.RULE_BROKEN);
        assertThat(refusal(() -> ending.transition(ReferralStatus.ENDED_WITHOUT_COMPLETION,
                Set.of(Roles.TREATMENT_MANAGER), ReasonCode.PERSON_DECLINED, "Stopped coming", null, "TM", NOW)))
                .as("a withdrawal code does not explain an ending").isEqualTo(ProblemType.RULE_BROKEN);
        assertThat(refusal(() -> ending.transition(ReferralStatus.ENDED_WITHOUT_COMPLETION,
                Set.of(Roles.TREATMENT_MANAGER), ReasonCode.STOPPED_ATTENDING, " ", null, "TM", NOW)))
                .as("and a reason").isEqualTo(ProblemType.RULE_BROKEN);
        StatusChange change = ending.transition(ReferralStatus.ENDED_WITHOUT_COMPLETION,
                Set.of(Roles.TREATMENT_MANAGER), ReasonCode.STOPPED_ATTENDING, "Missed five sessions", null, "TM", NOW);
        assertThat(change.reasonCode()).isEqualTo(ReasonCode.STOPPED_ATTENDING);
        assertThat(ending.status()).isEqualTo(ReferralStatus.ENDED_WITHOUT_COMPLETION);
        assertThat(refusal(() -> ending.transition(ReferralStatus.COMPLETED, Set.of(Roles.TREATMENT_MANAGER), null,
                null, null, "TM", NOW))).as("closed: completed means completed").isEqualTo(ProblemType.CONFLICT);
    }

    @Test
    void the_treatment_manager_alone_deselects_with_a_deselection_reason_code_and_the_log_keeps_it() {
        Referral referral = started();
        assertThat(refusal(() -> referral.transition(ReferralStatus.DESELECTED, Set.of(Roles.PRACTITIONER),
                ReasonCode.NOT_ENGAGING, "x", null, "PP", NOW))).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(refusal(() -> referral.transition(ReferralStatus.DESELECTED, Set.of(Roles.TREATMENT_MANAGER),
                ReasonCode.STOPPED_ATTENDING, "x", null, "TM", NOW))).isEqualTo(ProblemType.RULE_BROKEN);
        referral.transition(ReferralStatus.DESELECTED, Set.of(Roles.TREATMENT_MANAGER), ReasonCode.DISRUPTIVE_BEHAVIOUR,
                "Repeatedly disrupted the group", "Discussed with the PP", "TM", NOW);
        StatusChange last = referral.history().get(referral.history().size() - 1);
        assertThat(last.from()).isEqualTo(ReferralStatus.ON_PROGRAMME);
        assertThat(last.to()).isEqualTo(ReferralStatus.DESELECTED);
        assertThat(last.reasonCode()).isEqualTo(ReasonCode.DISRUPTIVE_BEHAVIOUR);
        assertThat(last.reason()).isEqualTo("Repeatedly disrupted the group");
        assertThat(referral.status().isOpen()).isFalse();
    }

    @Test
    void a_reason_code_given_to_a_move_that_takes_none_is_not_kept() {
        Referral referral = submitted();
        StatusChange change = referral.transition(ReferralStatus.DEPRIORITISED, Set.of(Roles.TREATMENT_MANAGER),
                ReasonCode.OTHER, "Does not meet the prioritisation criteria", null, "TM", NOW);
        assertThat(change.reasonCode()).isNull();
    }

    @Test
    void a_deprioritised_referral_goes_back_to_await_readiness_when_reprioritised_with_a_reason() {
        Referral referral = submitted();
        assertThat(refusal(() -> referral.transition(ReferralStatus.DEPRIORITISED, Set.of(Roles.TREATMENT_MANAGER),
                null, null, null, "TM", NOW))).isEqualTo(ProblemType.RULE_BROKEN);
        referral.transition(ReferralStatus.DEPRIORITISED, Set.of(Roles.TREATMENT_MANAGER), null,
                "Higher-risk cases first this quarter", null, "TM", NOW);
        referral.transition(ReferralStatus.AWAITING_READINESS, Set.of(Roles.TREATMENT_MANAGER), null,
                "Reprioritised", null, "TM", NOW);
        assertThat(referral.history()).extracting(StatusChange::to).containsSubsequence(ReferralStatus.DEPRIORITISED,
                ReferralStatus.AWAITING_READINESS);
    }

    @Test
    void readiness_never_moves_or_raises_a_concern_on_a_held_referral_and_it_waits_for_a_new_assessment_after() {
        for (ReferralStatus held : List.of(ReferralStatus.DEPRIORITISED, ReferralStatus.RECALLED,
                ReferralStatus.RETURNED_TO_COURT)) {
            Referral referral = submitted();
            String role = held == ReferralStatus.DEPRIORITISED ? Roles.TREATMENT_MANAGER : Roles.PRACTITIONER;
            referral.transition(held, Set.of(role), null, "Held", null, "X", NOW);

            Referral.ReadinessOutcome notReady = referral.assessed(notReadyFor(referral, NOW.plusHours(1),
                    ReadinessBarrier.MOTIVATION), true, NOW.plusHours(1));
            Referral.ReadinessOutcome ready = referral.assessed(readyFor(referral, NOW.plusHours(2)), true,
                    NOW.plusHours(2));

            assertThat(notReady.moved()).as(held + " not moved").isEmpty();
            assertThat(notReady.concern()).as(held + " carries no concern").isEmpty();
            assertThat(ready.moved()).as(held + " not made ready").isEmpty();
            assertThat(referral.moduleCompleted(NOW.plusHours(3))).isEmpty();
            assertThat(referral.status()).isEqualTo(held);
            assertThat(referral.view().readinessAssessment()).as(held + " takes no assessment").isNull();

            referral.transition(ReferralStatus.AWAITING_READINESS, Set.of(role), null, "Can continue", null, "X", NOW);
            assertThat(referral.assessed(readyFor(referral, NOW.plusDays(1)), true, NOW.plusDays(1)).moved())
                    .as("an assessment made after the hold moves it").isPresent();
            assertThat(referral.status()).isEqualTo(ReferralStatus.READY_TO_ALLOCATE);
        }
    }

    @Test
    void readiness_never_moves_a_closed_referral() {
        Referral referral = started();
        referral.transition(ReferralStatus.DESELECTED, Set.of(Roles.TREATMENT_MANAGER), ReasonCode.RISK_TO_OTHERS,
                "Risk to others", null, "TM", NOW);
        Referral.ReadinessOutcome outcome = referral.assessed(notReadyFor(referral, NOW.plusDays(1),
                ReadinessBarrier.OTHER), true, NOW.plusDays(1));
        assertThat(outcome.moved()).isEmpty();
        assertThat(outcome.concern()).isEmpty();
        assertThat(referral.status()).isEqualTo(ReferralStatus.DESELECTED);
    }

    @Test
    void a_later_not_ready_on_a_referral_on_the_programme_keeps_its_status_and_raises_a_concern() {
        Referral referral = started();
        Referral.ReadinessOutcome outcome = referral.assessed(notReadyFor(referral, NOW.plusDays(1),
                ReadinessBarrier.SUBSTANCE_MISUSE), true, NOW.plusDays(1));
        assertThat(outcome.moved()).isEmpty();
        assertThat(outcome.concern()).isPresent();
        assertThat(referral.status()).isEqualTo(ReferralStatus.ON_PROGRAMME);
    }

    @Test
    void the_module_completes_once() {
        PersonReadiness person = new PersonReadiness("X123456");
        assertThat(person.moduleComplete()).isFalse();
        assertThat(person.moduleCompleted(NOW)).isTrue();
        assertThat(person.moduleCompleted(NOW.plusDays(3))).isFalse();
        assertThat(person.moduleComplete()).isTrue();
    }

    private static Referral draftBy(String author) {
        return Referral.draft(UUID.randomUUID(), submitted().details(), "Positive Pathways", author, NOW);
    }

    @Test
    void only_the_author_changes_submits_or_withdraws_a_draft() {
        Referral referral = draftBy("PP");
        Set<String> practitioner = Set.of(Roles.PRACTITIONER);
        assertThat(refusal(() -> referral.revise(referral.details(), "Positive Pathways", "OTHER_PP", NOW)))
                .isEqualTo(ProblemType.FORBIDDEN);
        assertThat(refusal(() -> referral.submit(List.of(), "Positive Pathways", "OTHER_PP", NOW)))
                .isEqualTo(ProblemType.FORBIDDEN);
        assertThat(refusal(() -> referral.requireAuthor("OTHER_PP", "submit"))).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(refusal(() -> referral.transition(ReferralStatus.WITHDRAWN, practitioner,
                ReasonCode.REFERRED_IN_ERROR, "Not mine", null, "OTHER_PP", NOW))).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(referral.history()).hasSize(1);
        referral.requireAuthor("PP", "submit");
        referral.revise(referral.details(), "Positive Pathways", "PP", NOW);
        referral.submit(List.of(), "Positive Pathways", "PP", NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.AWAITING_READINESS);
    }

    @Test
    void once_submitted_a_referral_is_moved_by_anyone_holding_the_moves_role() {
        Referral referral = submitted();
        referral.requireAuthor("OTHER_PP", "withdraw");
        referral.transition(ReferralStatus.WITHDRAWN, Set.of(Roles.PRACTITIONER), ReasonCode.PERSON_DECLINED,
                "Declined", null, "OTHER_PP", NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    }

    @Test
    void a_draft_handed_over_becomes_the_receivers_and_the_hand_over_is_logged() {
        Referral referral = draftBy("PP");
        OffsetDateTime later = NOW.plusHours(1);
        StatusChange change = referral.handOver(" OTHER_PP ", "Covering while on leave", Set.of(Roles.PRACTITIONER),
                "PP", later);
        assertThat(referral.referredBy()).isEqualTo("OTHER_PP");
        assertThat(referral.view().referredBy()).isEqualTo("OTHER_PP");
        assertThat(referral.view().updatedBy()).isEqualTo("PP");
        assertThat(referral.view().updatedAt()).isEqualTo(later);
        assertThat(referral.isAuthor("OTHER_PP")).isTrue();
        assertThat(referral.isAuthor("PP")).isFalse();
        assertThat(change.from()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(change.to()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(change.trigger()).isEqualTo(TransitionTrigger.HAND_OVER);
        assertThat(change.changedBy()).isEqualTo("PP");
        assertThat(change.reason()).isEqualTo("Handed over from PP to OTHER_PP: Covering while on leave");
        assertThat(referral.history()).extracting(StatusChange::trigger)
                .containsExactly(TransitionTrigger.MANUAL, TransitionTrigger.HAND_OVER);
        assertThat(refusal(() -> referral.revise(referral.details(), "Positive Pathways", "PP", NOW)))
                .isEqualTo(ProblemType.FORBIDDEN);
        referral.submit(List.of(), "Positive Pathways", "OTHER_PP", NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.AWAITING_READINESS);
    }

    @Test
    void a_treatment_manager_hands_over_a_draft_and_no_one_else_but_its_author_may() {
        Referral referral = draftBy("PP");
        assertThat(refusal(() -> referral.handOver("OTHER_PP", null, Set.of(Roles.PRACTITIONER), "OTHER_PP", NOW)))
                .isEqualTo(ProblemType.FORBIDDEN);
        assertThat(referral.referredBy()).isEqualTo("PP");
        StatusChange change = referral.handOver("OTHER_PP", " ", Set.of(Roles.TREATMENT_MANAGER), "TM", NOW);
        assertThat(change.reason()).isEqualTo("Handed over from PP to OTHER_PP");
        assertThat(referral.referredBy()).isEqualTo("OTHER_PP");
    }

    @Test
    void a_draft_is_not_handed_to_its_author_and_a_submitted_referral_is_not_handed_over() {
        Referral referral = draftBy("PP");
        assertThatThrownBy(() -> referral.handOver("PP", null, Set.of(Roles.PRACTITIONER), "PP", NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.RULE_BROKEN);
                    assertThat(e.errors()).containsExactly(new FieldError("to", "is already the draft's author"));
                });
        assertThat(referral.history()).hasSize(1);
        assertThat(refusal(() -> submitted().handOver("OTHER_PP", null, Set.of(Roles.TREATMENT_MANAGER), "TM", NOW)))
                .isEqualTo(ProblemType.CONFLICT);
    }
}
