package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void blank_text_is_no_text_and_other_text_loses_its_surrounding_space() {
        assertThat(Texts.blankToNull(null)).isNull();
        assertThat(Texts.blankToNull(" \t")).isNull();
        assertThat(Texts.blankToNull("  Moved away ")).isEqualTo("Moved away");
    }
}
