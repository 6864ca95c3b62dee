package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
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
                        }));
    }

    @Test
    void completed_and_withdrawn_referrals_never_move_again() {
        assertThat(ReferralStatusTransitions.from(ReferralStatus.COMPLETED)).isEmpty();
        assertThat(ReferralStatusTransitions.from(ReferralStatus.WITHDRAWN)).isEmpty();
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
                .filteredOn(t -> t.from() == ReferralStatus.ALLOCATED || t.from() == ReferralStatus.IN_PROGRESS)
                .noneMatch(t -> t.trigger() == TransitionTrigger.READINESS_EVENT);
    }
}
