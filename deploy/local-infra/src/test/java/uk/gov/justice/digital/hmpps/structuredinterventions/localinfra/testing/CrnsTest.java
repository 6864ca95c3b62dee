package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;

class CrnsTest {

    @RepeatedTest(5)
    void every_random_crn_is_a_capital_letter_and_six_digits_and_they_differ() {
        Set<String> crns = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            crns.add(Crns.random());
        }
        assertThat(crns).allMatch(crn -> crn.matches(Crns.PATTERN)).hasSizeGreaterThan(190);
    }
}
