package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PersonReadinessTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");

    @Test
    void belongs_to_the_person_named_by_their_crn() {
        assertThat(new PersonReadiness("X123456").crn()).isEqualTo("X123456");
    }

    @Test
    void a_report_of_an_earlier_completion_arriving_late_is_not_a_first_completion() {
        PersonReadiness person = new PersonReadiness("X123456");
        assertThat(person.moduleCompleted(NOW)).isTrue();

        assertThat(person.moduleCompleted(NOW.minusDays(1))).isFalse();
        assertThat(person.moduleCompleted(NOW)).as("repeated").isFalse();
        assertThat(person.moduleComplete()).isTrue();
    }
}
