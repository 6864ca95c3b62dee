package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessSearchTest {

    @Test
    void pages_the_longest_in_their_status_first_unless_asked_for_the_latest() {
        assertThat(new ReadinessSearch(null, null, null).order()).isEqualTo(ReadinessSearch.Order.OLDEST);
        assertThat(new ReadinessSearch(null, null, ReadinessSearch.Order.NEWEST).order())
                .isEqualTo(ReadinessSearch.Order.NEWEST);
    }
}
