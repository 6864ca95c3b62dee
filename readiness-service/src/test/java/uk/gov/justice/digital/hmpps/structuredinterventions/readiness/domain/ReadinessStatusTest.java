package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The next steps the API's schemas list are exactly those the statuses give, so a front end can match on them. */
class ReadinessStatusTest {

    private static String[] listed(Class<?> view) throws NoSuchFieldException {
        return view.getDeclaredField("nextStep").getAnnotation(Schema.class).enumeration();
    }

    @Test
    void the_records_schema_lists_every_statuss_next_step_and_no_other() throws NoSuchFieldException {
        assertThat(listed(ReadinessRecord.View.class)).containsExactlyInAnyOrder(
                Arrays.stream(ReadinessStatus.values()).map(ReadinessStatus::nextStep).toArray(String[]::new));
    }

    @Test
    void the_summarys_schema_lists_every_statuss_next_step_and_no_other() throws NoSuchFieldException {
        assertThat(listed(ReadinessSummary.class)).containsExactlyInAnyOrder(
                Arrays.stream(ReadinessStatus.values()).map(ReadinessStatus::nextStep).toArray(String[]::new));
    }

    @Test
    void each_status_has_its_own_next_step() {
        assertThat(Arrays.stream(ReadinessStatus.values()).map(ReadinessStatus::nextStep).distinct())
                .hasSize(ReadinessStatus.values().length);
    }
}
