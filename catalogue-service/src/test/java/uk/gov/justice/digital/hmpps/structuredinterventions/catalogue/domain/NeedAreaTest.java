package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

class NeedAreaTest {

    private final NeedArea needArea = new NeedArea(NeedAreaCode.EM, "Emotional Management", "About anger.",
            List.of("understanding anger"));

    @Test
    void a_revision_replaces_the_wording_trimmed_and_records_who_and_when() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-22T10:00:00Z");
        needArea.revise(" Emotional Management ", " New. ", List.of(" goals ", "violence"), "ADMIN", at);
        assertThat(needArea.code()).isEqualTo(NeedAreaCode.EM);
        assertThat(needArea.name()).isEqualTo("Emotional Management");
        assertThat(needArea.description()).isEqualTo("New.");
        assertThat(needArea.version()).isZero();
        assertThat(needArea.focusAreas()).containsExactly("goals", "violence");
        assertThat(needArea.updatedBy()).isEqualTo("ADMIN");
        assertThat(needArea.updatedAt()).isEqualTo(at);
    }

    @Test
    void a_need_area_keeps_at_least_one_focus_area() {
        assertThatThrownBy(() -> needArea.revise("EM", "d", List.of(), "ADMIN", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("focusAreas", "must list at least one focus area")));
        assertThat(needArea.focusAreas()).containsExactly("understanding anger");
    }

    @Test
    void a_focus_area_repeated_in_another_case_or_spacing_is_refused_by_position() {
        assertThatThrownBy(() -> needArea.revise("EM", "d", List.of("goals", "x", " Goals"), "ADMIN", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("focusAreas[2]", "repeats an earlier entry")));
    }
}
