package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

class ModuleVersionsTest {

    private static ModuleContent version(int number) {
        List<ModuleContent.Exercise> exercises = Arrays.stream(ExerciseCode.values())
                .map(code -> new ModuleContent.Exercise(code.ordinal() + 1, code, code.name(), "summary",
                        new ModuleContent.Video("v" + number + "-" + code.ordinal(), "title", "description"),
                        List.of("What do you think?")))
                .toList();
        return new ModuleContent(number, "Pre-intervention module", new ModuleContent.Page("About this module",
                List.of("p")), new ModuleContent.Contents("Contents", "i", "f"), exercises);
    }

    @Test
    void the_newest_version_is_current_and_the_older_ones_stay_readable() {
        ModuleVersions versions = new ModuleVersions(List.of(version(1), version(2)));

        assertThat(versions.current().version()).isEqualTo(2);
        assertThat(versions.version(1)).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(1));
        assertThat(versions.resolve(null)).isEqualTo(2);
        assertThat(versions.resolve(1)).isEqualTo(1);
    }

    @Test
    void a_record_cannot_name_a_version_that_does_not_exist() {
        ModuleVersions versions = new ModuleVersions(List.of(version(1)));

        assertThatThrownBy(() -> versions.resolve(3)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("moduleVersion", "must be one of [1]")));
    }

    @Test
    void versions_run_from_one_without_gaps() {
        assertThatThrownBy(() -> new ModuleVersions(List.of(version(1), version(3))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModuleVersions(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_module_has_the_four_exercises_in_order_each_with_reflection_questions() {
        ModuleContent good = version(1);
        List<ModuleContent.Exercise> swapped = List.of(good.exercises().get(1), good.exercises().get(0),
                good.exercises().get(2), good.exercises().get(3));

        assertThatThrownBy(() -> new ModuleContent(1, "t", good.about(), good.contents(), swapped))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModuleContent(1, "t", good.about(), good.contents(), good.exercises().subList(0, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
