package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    @Test
    void waits_a_second_after_the_first_death_and_doubles_up_to_thirty_seconds() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(RestartBackoff::delay).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(RestartBackoff.delay(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_service_that_stayed_up_a_minute_starts_the_count_again() {
        assertThat(RestartBackoff.stayedUp(Duration.ofSeconds(59))).isFalse();
        assertThat(RestartBackoff.stayedUp(Duration.ofSeconds(60))).isTrue();
    }
}
