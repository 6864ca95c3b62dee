package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** One row of the transitions table, and the reason codes the rows take. */
class StatusTransitionTest {

    @Test
    void a_row_with_reason_codes_keeps_them_and_requires_one() {
        Set<ReasonCode> codes = new HashSet<>(Set.of(ReasonCode.NOT_ENGAGING, ReasonCode.RISK_TO_OTHERS));
        StatusTransition row = new StatusTransition(ReferralStatus.ON_PROGRAMME, ReferralStatus.DESELECTED,
                TransitionTrigger.MANUAL, Set.of(Roles.TREATMENT_MANAGER), true, codes);
        codes.clear();

        assertThat(row.reasonCodes()).containsExactlyInAnyOrder(ReasonCode.NOT_ENGAGING, ReasonCode.RISK_TO_OTHERS);
        assertThat(row.reasonCodeRequired()).isTrue();
    }

    @Test
    void a_row_without_reason_codes_requires_none() {
        StatusTransition row = new StatusTransition(ReferralStatus.READY_TO_ALLOCATE, ReferralStatus.ALLOCATED,
                TransitionTrigger.MANUAL, Set.of(Roles.TREATMENT_MANAGER), false);

        assertThat(row.reasonCodes()).isEmpty();
        assertThat(row.reasonCodeRequired()).isFalse();
        assertThat(row.roles()).containsExactly(Roles.TREATMENT_MANAGER);
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.Use.class)
    void each_reason_code_belongs_to_the_use_that_lists_it(ReasonCode.Use use) {
        assertThat(ReasonCode.of(use)).isNotEmpty().allSatisfy(code -> assertThat(code.use()).isEqualTo(use));
    }

    @Test
    void the_ending_codes_are_the_ones_a_treatment_manager_gives_for_ending_without_completion() {
        assertThat(ReasonCode.STOPPED_ATTENDING.use()).isEqualTo(ReasonCode.Use.ENDING);
        assertThat(ReasonCode.DISRUPTIVE_BEHAVIOUR.use()).isEqualTo(ReasonCode.Use.DESELECTION);
        assertThat(ReasonCode.REFERRED_IN_ERROR.use()).isEqualTo(ReasonCode.Use.WITHDRAWAL);
        assertThat(Arrays.stream(ReasonCode.values()).map(ReasonCode::use)).doesNotContainNull();
    }
}
