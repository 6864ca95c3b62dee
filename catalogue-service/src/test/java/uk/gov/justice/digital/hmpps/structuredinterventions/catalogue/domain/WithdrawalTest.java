package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class WithdrawalTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");

    @Nested
    class Recording {

        @Test
        void keeps_the_reason_without_surrounding_space_and_who_withdrew_it_when() {
            Withdrawal withdrawal = Withdrawal.of("  Replaced by a revised programme. ", "ADMIN", NOW);

            assertThat(withdrawal.reason()).isEqualTo("Replaced by a revised programme.");
            assertThat(withdrawal.withdrawnBy()).isEqualTo("ADMIN");
            assertThat(withdrawal.withdrawnAt()).isEqualTo(NOW);
        }

        @Test
        void a_withdrawal_must_say_why() {
            for (String reason : new String[] {null, "", "  "}) {
                assertThatThrownBy(() -> Withdrawal.of(reason, "ADMIN", NOW))
                        .isInstanceOfSatisfying(ProblemException.class, e -> {
                            assertThat(e.type()).isEqualTo(ProblemType.RULE_BROKEN);
                            assertThat(e.errors()).containsExactly(
                                    new FieldError("reason", "must say why the intervention is withdrawn"));
                        });
            }
        }

        @Test
        void a_withdrawal_records_who_and_when() {
            assertThatThrownBy(() -> Withdrawal.of("Replaced", null, NOW)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Withdrawal.of("Replaced", "ADMIN", null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class As_a_value {

        @Test
        void two_withdrawals_for_the_same_reason_by_the_same_person_at_the_same_time_are_equal() {
            assertThat(Withdrawal.of("Replaced", "ADMIN", NOW)).hasSameHashCodeAs(Withdrawal.of(" Replaced ", "ADMIN", NOW))
                    .hasSameHashCodeAs(Withdrawal.of("Replaced", "ADMIN", NOW))
                    .doesNotHaveSameHashCodeAs(Withdrawal.of("Retired", "ADMIN", NOW));
            assertThat(Withdrawal.of("Replaced", "ADMIN", NOW)).isEqualTo(Withdrawal.of(" Replaced ", "ADMIN", NOW))
                    .hasSameHashCodeAs(Withdrawal.of("Replaced", "ADMIN", NOW));
        }

        @Test
        void a_different_reason_person_or_time_makes_a_different_withdrawal() {
            Withdrawal withdrawal = Withdrawal.of("Replaced", "ADMIN", NOW);

            assertThat(withdrawal).isNotEqualTo(Withdrawal.of("Retired", "ADMIN", NOW))
                    .isNotEqualTo(Withdrawal.of("Replaced", "OTHER", NOW))
                    .isNotEqualTo(Withdrawal.of("Replaced", "ADMIN", NOW.plusMinutes(1)));
        }
    }

    @Test
    void its_view_shows_the_reason_who_and_when() {
        assertThat(Withdrawal.of(" Replaced ", "ADMIN", NOW).view())
                .isEqualTo(new InterventionView.Withdrawal("Replaced", "ADMIN", NOW));
    }
}
