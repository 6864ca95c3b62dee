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
                WithdrawalReason.OTHER, "x", null, "TM", NOW))).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(refusal(() -> referral.transition(ReferralStatus.WITHDRAWN, Set.of(Roles.PRACTITIONER),
                null, "x", null, "PP", NOW))).isEqualTo(ProblemType.RULE_BROKEN);
        referral.transition(ReferralStatus.WITHDRAWN, Set.of(Roles.PRACTITIONER), WithdrawalReason.PERSON_DECLINED,
                "Declined", null, "PP", NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(refusal(() -> referral.transition(ReferralStatus.AWAITING_READINESS, Set.of(Roles.PRACTITIONER),
                null, "back", null, "PP", NOW))).isEqualTo(ProblemType.CONFLICT);
    }

    @Test
    void readiness_moves_a_waiting_referral_and_nothing_else() {
        Referral referral = submitted();
        PersonReadiness person = new PersonReadiness("X123456");
        person.assessed(NOW, false, List.of(ReadinessBarrier.MOTIVATION));
        assertThat(referral.readinessReported(person, NOW)).isPresent();
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUITABLE_BUT_NOT_READY);
        assertThat(referral.view().readinessBarriers()).containsExactly(ReadinessBarrier.MOTIVATION);
        person.assessed(NOW.plusDays(1), true, List.of());
        assertThat(referral.readinessReported(person, NOW)).as("ready but the module is not complete").isEmpty();
        person.moduleCompleted(NOW);
        assertThat(referral.readinessReported(person, NOW)).isPresent();
        assertThat(referral.status()).isEqualTo(ReferralStatus.READY_TO_ALLOCATE);
        assertThat(referral.readinessReported(person, NOW)).as("already ready").isEmpty();
    }

    @Test
    void the_module_completes_once_and_an_older_assessment_changes_nothing() {
        PersonReadiness person = new PersonReadiness("X123456");
        assertThat(person.moduleCompleted(NOW)).isTrue();
        assertThat(person.moduleCompleted(NOW.plusDays(3))).isFalse();
        assertThat(person.assessed(NOW.plusDays(2), true, List.of())).isTrue();
        assertThat(person.assessed(NOW.plusDays(1), false, List.of(ReadinessBarrier.OTHER))).isFalse();
        assertThat(person.state()).isEqualTo(PersonReadiness.State.READY);
    }
}
