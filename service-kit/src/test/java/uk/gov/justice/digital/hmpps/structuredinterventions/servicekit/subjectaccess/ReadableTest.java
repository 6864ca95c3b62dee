package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableTest {

    enum Status { SUITABLE_BUT_NOT_READY, DRAFT }

    @Test
    void a_code_reads_as_words_with_a_capital_first_letter() {
        assertThat(Readable.of(Status.SUITABLE_BUT_NOT_READY)).isEqualTo("Suitable but not ready");
        assertThat(Readable.of(Status.DRAFT)).isEqualTo("Draft");
        assertThat(Readable.of((Status) null)).isNull();
    }

    @Test
    void a_code_held_as_text_reads_the_same() {
        assertThat(Readable.ofCode("AWAITING_READINESS")).isEqualTo("Awaiting readiness");
        assertThat(Readable.ofCode(null)).isNull();
    }

    @Test
    void a_list_of_codes_reads_in_its_order() {
        assertThat(Readable.of(List.of(Status.DRAFT, Status.SUITABLE_BUT_NOT_READY)))
                .containsExactly("Draft", "Suitable but not ready");
        assertThat(Readable.of((List<Status>) null)).isEmpty();
    }
}
