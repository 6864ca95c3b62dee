package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecordFixtures.NOW;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class ConcernTest {

    private static Concern about(List<String> regions) {
        return new Concern("Not motivated", List.of(ReadinessBarrier.MOTIVATION), true, List.of("PP1"), regions, "PP1",
                NOW);
    }

    @Test
    void lists_its_regions_in_the_catalogues_order_the_first_region_first_and_unknown_codes_last() {
        Concern concern = about(List.of("london", "atlantis", "north-east", "london"));

        assertThat(concern.regions()).containsExactly("north-east", "london", "atlantis");
        assertThat(concern.view().regions()).containsExactly("north-east", "london", "atlantis");
    }

    @Test
    void affects_a_region_it_learns_of_once_and_no_region_when_none_is_named() {
        Concern concern = about(List.of("wales"));

        concern.affects("wales");
        concern.affects(null);
        concern.affects("north-west");

        assertThat(concern.regions()).containsExactly("north-west", "wales");
    }

    @Test
    void is_acknowledged_once() {
        Concern concern = about(List.of("wales"));
        assertThat(concern.acknowledged()).isFalse();

        concern.acknowledge("Read", "TM1", NOW.plusHours(1));

        assertThat(concern.acknowledged()).isTrue();
        assertThat(concern.view().acknowledgedAt()).isEqualTo(NOW.plusHours(1));
        assertThatThrownBy(() -> concern.acknowledge("Again", "TM2", NOW.plusHours(2)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(concern.view().acknowledgedBy()).isEqualTo("TM1");
    }

    @Test
    void knows_the_persons_crn_only_once_saved_and_read_again() {
        assertThat(about(List.of()).crn()).isNull();
    }
}
