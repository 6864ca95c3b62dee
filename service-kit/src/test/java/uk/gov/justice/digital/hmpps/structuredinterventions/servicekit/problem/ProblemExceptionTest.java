package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    @Test
    void no_broken_rule_throws_nothing() {
        assertThatCode(() -> ProblemException.throwIfBroken("The referral cannot be submitted", List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void broken_rules_are_a_rule_broken_problem_naming_each() {
        List<FieldError> broken = List.of(new FieldError("region", "must offer the intervention"),
                new FieldError("deliveryMode", "must be offered in the region"));
        assertThatThrownBy(() -> ProblemException.throwIfBroken("The referral cannot be submitted", broken))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.RULE_BROKEN);
                    assertThat(e.userMessage()).isEqualTo("The referral cannot be submitted");
                    assertThat(e.errors()).isEqualTo(broken);
                });
    }
}
