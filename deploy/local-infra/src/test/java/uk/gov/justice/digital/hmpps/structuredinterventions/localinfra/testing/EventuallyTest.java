package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {

    @Test
    void returns_once_the_condition_holds() {
        AtomicInteger asked = new AtomicInteger();
        Eventually.until("asked three times", () -> asked.incrementAndGet() >= 3);
        assertThat(asked).hasValue(3);
    }

    @Test
    void fails_after_the_timeout_saying_what_never_held() {
        assertThatThrownBy(() -> Eventually.until("the moon is cheese", Duration.ofMillis(200), () -> false))
                .isInstanceOf(AssertionError.class).hasMessageContaining("the moon is cheese")
                .hasMessageContaining("200 ms");
    }
}
