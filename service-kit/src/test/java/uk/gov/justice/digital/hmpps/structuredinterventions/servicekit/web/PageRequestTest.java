package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

class PageRequestTest {

    @Test
    void with_nothing_asked_for_is_the_first_page_of_twenty() {
        PageRequest request = new PageRequest();
        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(PageRequest.DEFAULT_SIZE).isEqualTo(20);
    }

    @Test
    void reads_the_page_and_size_asked_for_up_to_their_maximums() {
        PageRequest request = PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        assertThat(request.page()).isEqualTo(100_000);
        assertThat(request.size()).isEqualTo(100);
    }

    @Nested
    class Out_of_range {

        @Test
        void a_size_over_the_maximum_is_a_bad_request_naming_size_and_its_range() {
            assertThatThrownBy(() -> PageRequest.of(0, 101).size()).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.errors()).containsExactly(
                            new FieldError("size", "must be a whole number from 1 to 100")));
        }

        @Test
        void a_negative_page_is_a_bad_request_naming_page_and_its_range() {
            assertThatThrownBy(() -> PageRequest.of(-1, 20).page()).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.errors()).containsExactly(
                            new FieldError("page", "must be a whole number from 0 to 100000")));
        }
    }
}
