package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

class ReferralStatusTransitionsTest {

    @Test
    void a_submitted_referral_waits_on_readiness_because_the_module_is_a_prerequisite() {
        assertThat(ReferralStatusTransitions.from(ReferralStatus.DRAFT)).extracting(StatusTransition::to)
                .containsExactlyInAnyOrder(ReferralStatus.AWAITING_READINESS, ReferralStatus.WITHDRAWN);
        assertThat(ReferralStatusTransitions.find(ReferralStatus.DRAFT, ReferralStatus.READY_TO_ALLOCATE)).isEmpty();
    }

    @Test
    void only_readiness_events_make_a_referral_ready_to_allocate() {
        assertThat(ReferralStatusTransitions.all())
                .filteredOn(t -> t.to() == ReferralStatus.READY_TO_ALLOCATE)
                .allSatisfy(t -> {
                    assertThat(t.trigger()).isEqualTo(TransitionTrigger.READINESS_EVENT);
                    assertThat(t.roles()).isEmpty();
                });
    }

    @Test
    void every_open_status_a_draft_included_can_be_withdrawn_by_a_practitioner_with_a_reason() {
        Arrays.stream(ReferralStatus.values())
                .filter(ReferralStatus::isOpen)
                .forEach(status -> assertThat(ReferralStatusTransitions.find(status, ReferralStatus.WITHDRAWN))
                        .hasValueSatisfying(t -> {
                            assertThat(t.roles()).containsExactly(Roles.PRACTITIONER);
                            assertThat(t.reasonRequired()).isTrue();
                            assertThat(t.reasonCodes()).isEqualTo(ReasonCode.of(ReasonCode.Use.WITHDRAWAL));
                        }));
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"COMPLETED", "WITHDRAWN", "DESELECTED", "ENDED_WITHOUT_COMPLETION"})
    void a_closed_referral_never_moves_again(ReferralStatus closed) {
        assertThat(closed.isOpen()).isFalse();
        assertThat(ReferralStatusTransitions.from(closed)).isEmpty();
    }

    /** The rows ADR 0013 adds: from, to, the one role that may make the move, and the reason codes it takes. */
    @ParameterizedTest(name = "{0} -> {1} by {2}, reason codes: {3}")
    @CsvSource({
            "ALLOCATED, ON_PROGRAMME, TREATMENT_MANAGER, false, NONE",
            "ON_PROGRAMME, COMPLETED, TREATMENT_MANAGER, false, NONE",
            "AWAITING_READINESS, DEPRIORITISED, TREATMENT_MANAGER, true, NONE",
            "SUITABLE_BUT_NOT_READY, DEPRIORITISED, TREATMENT_MANAGER, true, NONE",
            "READY_TO_ALLOCATE, DEPRIORITISED, TREATMENT_MANAGER, true, NONE",
            "ALLOCATED, DEPRIORITISED, TREATMENT_MANAGER, true, NONE",
            "DEPRIORITISED, AWAITING_READINESS, TREATMENT_MANAGER, true, NONE",
            "ALLOCATED, DESELECTED, TREATMENT_MANAGER, true, DESELECTION",
            "IN_PROGRESS, DESELECTED, TREATMENT_MANAGER, true, DESELECTION",
            "ON_PROGRAMME, DESELECTED, TREATMENT_MANAGER, true, DESELECTION",
            "IN_PROGRESS, ENDED_WITHOUT_COMPLETION, TREATMENT_MANAGER, true, ENDING",
            "ON_PROGRAMME, ENDED_WITHOUT_COMPLETION, TREATMENT_MANAGER, true, ENDING",
            "AWAITING_READINESS, RECALLED, PRACTITIONER, true, NONE",
            "SUITABLE_BUT_NOT_READY, RECALLED, PRACTITIONER, true, NONE",
            "READY_TO_ALLOCATE, RECALLED, PRACTITIONER, true, NONE",
            "ALLOCATED, RECALLED, PRACTITIONER, true, NONE",
            "IN_PROGRESS, RECALLED, PRACTITIONER, true, NONE",
            "ON_PROGRAMME, RECALLED, PRACTITIONER, true, NONE",
            "DEPRIORITISED, RECALLED, PRACTITIONER, true, NONE",
            "RECALLED, AWAITING_READINESS, PRACTITIONER, true, NONE",
            "AWAITING_READINESS, RETURNED_TO_COURT, PRACTITIONER, true, NONE",
            "SUITABLE_BUT_NOT_READY, RETURNED_TO_COURT, PRACTITIONER, true, NONE",
            "READY_TO_ALLOCATE, RETURNED_TO_COURT, PRACTITIONER, true, NONE",
            "ALLOCATED, RETURNED_TO_COURT, PRACTITIONER, true, NONE",
            "IN_PROGRESS, RETURNED_TO_COURT, PRACTITIONER, true, NONE",
            "ON_PROGRAMME, RETURNED_TO_COURT, PRACTITIONER, true, NONE",
            "DEPRIORITISED, RETURNED_TO_COURT, PRACTITIONER, true, NONE",
            "RETURNED_TO_COURT, AWAITING_READINESS, PRACTITIONER, true, NONE",
            "DEPRIORITISED, WITHDRAWN, PRACTITIONER, true, WITHDRAWAL",
            "ON_PROGRAMME, WITHDRAWN, PRACTITIONER, true, WITHDRAWAL",
            "RECALLED, WITHDRAWN, PRACTITIONER, true, WITHDRAWAL",
            "RETURNED_TO_COURT, WITHDRAWN, PRACTITIONER, true, WITHDRAWAL"
    })
    void a_lifecycle_move_is_made_by_hand_by_its_one_role(ReferralStatus from, ReferralStatus to, String role,
            boolean reasonRequired, String codes) {
        assertThat(ReferralStatusTransitions.find(from, to)).hasValueSatisfying(t -> {
            assertThat(t.trigger()).isEqualTo(TransitionTrigger.MANUAL);
            assertThat(t.roles()).containsExactly("TREATMENT_MANAGER".equals(role) ? Roles.TREATMENT_MANAGER
                    : Roles.PRACTITIONER);
            assertThat(t.reasonRequired()).isEqualTo(reasonRequired);
            assertThat(t.reasonCodes()).isEqualTo("NONE".equals(codes) ? Set.of()
                    : ReasonCode.of(ReasonCode.Use.valueOf(codes)));
        });
    }

    /** Moves a practitioner might look for that the table refuses, each for a reason ADR 0013 gives. */
    @ParameterizedTest(name = "no {0} -> {1}")
    @CsvSource({
            // deprioritising is for a referral not yet started; a started one is deselected or ended
            "IN_PROGRESS, DEPRIORITISED", "ON_PROGRAMME, DEPRIORITISED", "DRAFT, DEPRIORITISED",
            // reprioritised, recalled or returned referrals await readiness again; none skips to ready or allocated
            "DEPRIORITISED, READY_TO_ALLOCATE", "DEPRIORITISED, ALLOCATED", "RECALLED, ALLOCATED",
            "RECALLED, ON_PROGRAMME", "RETURNED_TO_COURT, ON_PROGRAMME", "RETURNED_TO_COURT, READY_TO_ALLOCATE",
            // deselection is of a person the Treatment Manager has taken on
            "AWAITING_READINESS, DESELECTED", "READY_TO_ALLOCATE, DESELECTED", "DEPRIORITISED, DESELECTED",
            // ending without completion is of a person who started; before that it is a withdrawal
            "ALLOCATED, ENDED_WITHOUT_COMPLETION", "READY_TO_ALLOCATE, ENDED_WITHOUT_COMPLETION",
            "RECALLED, ENDED_WITHOUT_COMPLETION",
            // completion is of a person on the programme, never of one held
            "ALLOCATED, COMPLETED", "DEPRIORITISED, COMPLETED", "RECALLED, COMPLETED", "RETURNED_TO_COURT, COMPLETED",
            // a recall and a return to court are different routes (licence, community order)
            "RECALLED, RETURNED_TO_COURT", "RETURNED_TO_COURT, RECALLED", "DRAFT, RECALLED", "DRAFT, RETURNED_TO_COURT",
            // a deselected or ended referral is closed
            "DESELECTED, AWAITING_READINESS", "ENDED_WITHOUT_COMPLETION, ON_PROGRAMME"
    })
    void a_move_outside_the_lifecycle_is_not_in_the_table(ReferralStatus from, ReferralStatus to) {
        assertThat(ReferralStatusTransitions.find(from, to)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"DEPRIORITISED", "RECALLED", "RETURNED_TO_COURT"})
    void a_held_referral_is_open_but_only_a_move_by_hand_lifts_it(ReferralStatus held) {
        assertThat(held.isOpen()).isTrue();
        assertThat(held.isHeld()).isTrue();
        assertThat(ReferralStatusTransitions.from(held)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.trigger()).isEqualTo(TransitionTrigger.MANUAL));
        assertThat(ReferralStatusTransitions.all()).filteredOn(t -> t.to() == held)
                .allSatisfy(t -> assertThat(t.trigger()).isEqualTo(TransitionTrigger.MANUAL));
    }

    @Test
    void no_readiness_move_leaves_or_reaches_a_held_or_closed_status() {
        assertThat(ReferralStatusTransitions.all())
                .filteredOn(t -> t.trigger() == TransitionTrigger.READINESS_EVENT)
                .allSatisfy(t -> {
                    assertThat(t.from().isHeld() || !t.from().isOpen()).isFalse();
                    assertThat(t.to().isHeld() || !t.to().isOpen()).isFalse();
                });
    }

    @Test
    void a_move_that_takes_reason_codes_needs_a_reason_too_and_each_code_serves_one_kind_of_move() {
        assertThat(ReferralStatusTransitions.all()).filteredOn(StatusTransition::reasonCodeRequired)
                .allSatisfy(t -> assertThat(t.reasonRequired()).isTrue())
                .extracting(StatusTransition::to)
                .containsOnly(ReferralStatus.WITHDRAWN, ReferralStatus.DESELECTED, ReferralStatus.ENDED_WITHOUT_COMPLETION);
        assertThat(ReasonCode.of(ReasonCode.Use.DESELECTION)).doesNotContainAnyElementsOf(
                ReasonCode.of(ReasonCode.Use.WITHDRAWAL)).doesNotContainAnyElementsOf(ReasonCode.of(ReasonCode.Use.ENDING));
    }

    @Test
    void allocation_start_and_completion_belong_to_the_treatment_manager() {
        assertThat(ReferralStatusTransitions.find(ReferralStatus.READY_TO_ALLOCATE, ReferralStatus.ALLOCATED))
                .hasValueSatisfying(t -> assertThat(t.roles()).containsExactly(Roles.TREATMENT_MANAGER));
        assertThat(ReferralStatusTransitions.find(ReferralStatus.ALLOCATED, ReferralStatus.IN_PROGRESS))
                .hasValueSatisfying(t -> assertThat(t.roles()).containsExactly(Roles.TREATMENT_MANAGER));
        assertThat(ReferralStatusTransitions.find(ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED))
                .hasValueSatisfying(t -> assertThat(t.roles()).containsExactly(Roles.TREATMENT_MANAGER));
    }

    @Test
    void a_paused_referral_goes_back_to_awaiting_readiness_when_the_practitioner_reassesses() {
        assertThat(ReferralStatusTransitions.find(ReferralStatus.SUITABLE_BUT_NOT_READY, ReferralStatus.AWAITING_READINESS))
                .hasValueSatisfying(t -> assertThat(t.trigger()).isEqualTo(TransitionTrigger.MANUAL));
    }

    @Test
    void readiness_lost_takes_a_ready_referral_back_but_moves_no_allocated_or_started_one() {
        assertThat(ReferralStatusTransitions.find(ReferralStatus.READY_TO_ALLOCATE, ReferralStatus.SUITABLE_BUT_NOT_READY))
                .hasValueSatisfying(t -> {
                    assertThat(t.trigger()).isEqualTo(TransitionTrigger.READINESS_EVENT);
                    assertThat(t.roles()).isEmpty();
                });
        assertThat(ReferralStatusTransitions.all())
                .filteredOn(t -> t.from() == ReferralStatus.ALLOCATED || t.from() == ReferralStatus.IN_PROGRESS
                        || t.from() == ReferralStatus.ON_PROGRAMME)
                .noneMatch(t -> t.trigger() == TransitionTrigger.READINESS_EVENT);
    }
}
