package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.NOW;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.TODAY;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class ModuleCompletionTest {

    private static final LocalDate COVERED_ON = TODAY.minusDays(3);

    private static ModuleCompletion completedOn(LocalDate date) {
        return ModuleCompletion.of(new CompletionDetails(date, null, "Went well."), 2, COVERED_ON, TODAY, "PP1", NOW);
    }

    private static void assertRefused(LocalDate completedOn, String message) {
        assertThatThrownBy(() -> completedOn(completedOn)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.RULE_BROKEN);
            assertThat(e.errors()).containsExactly(new FieldError("completedOn", message));
        });
    }

    @Nested
    class Recording {

        @Test
        void keeps_the_day_the_module_version_the_notes_and_who_recorded_it_when() {
            ModuleCompletion completion = completedOn(TODAY.minusDays(1));

            assertThat(completion.completedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(completion.moduleVersion()).isEqualTo(2);
            assertThat(completion.notes()).isEqualTo("Went well.");
            assertThat(completion.recordedBy()).isEqualTo("PP1");
            assertThat(completion.recordedAt()).isEqualTo(NOW);
        }

        @Test
        void may_be_dated_today_or_the_day_the_follow_ups_covered_every_exercise() {
            assertThat(completedOn(TODAY).completedOn()).isEqualTo(TODAY);
            assertThat(completedOn(COVERED_ON).completedOn()).isEqualTo(COVERED_ON);
        }

        @Test
        void cannot_be_dated_in_the_future() {
            assertRefused(TODAY.plusDays(1), "must not be in the future");
        }

        @Test
        void cannot_be_dated_before_the_follow_ups_covered_every_exercise() {
            assertRefused(COVERED_ON.minusDays(1),
                    "must not be before " + COVERED_ON + ", when the follow-ups had covered every exercise");
        }
    }

    @Nested
    class A_later_session {

        @Test
        void on_the_completion_day_or_after_breaks_no_rule() {
            ModuleCompletion completion = completedOn(TODAY.minusDays(1));

            assertThat(completion.checkNotBefore("session.date", TODAY.minusDays(1))).isEmpty();
            assertThat(completion.checkNotBefore("session.date", TODAY)).isEmpty();
            assertThat(completion.checkNotBefore("session.date", null)).isEmpty();
        }

        @Test
        void before_the_completion_day_is_named_under_the_field_given() {
            ModuleCompletion completion = completedOn(TODAY.minusDays(1));

            assertThat(completion.checkNotBefore("session.date", TODAY.minusDays(2))).containsExactly(
                    new FieldError("session.date", "must not be before the completion on " + TODAY.minusDays(1)));
        }
    }

    @Nested
    class As_a_value {

        @Test
        void two_completions_recording_the_same_things_are_equal() {
            assertThat(completedOn(TODAY)).isEqualTo(completedOn(TODAY)).hasSameHashCodeAs(completedOn(TODAY));
        }

        @Test
        void a_different_day_version_or_recorder_makes_a_different_completion() {
            ModuleCompletion completion = completedOn(TODAY);

            assertThat(completion).isNotEqualTo(completedOn(TODAY.minusDays(1)))
                    .isNotEqualTo(ModuleCompletion.of(new CompletionDetails(TODAY, null, "Went well."), 1, COVERED_ON,
                            TODAY, "PP1", NOW))
                    .isNotEqualTo(ModuleCompletion.of(new CompletionDetails(TODAY, null, "Went well."), 2, COVERED_ON,
                            TODAY, "PP2", NOW));
        }
    }

    @Test
    void its_view_shows_what_it_keeps() {
        assertThat(completedOn(TODAY).view())
                .isEqualTo(new ModuleCompletion.View(TODAY, 2, "Went well.", "PP1", NOW));
    }
}
