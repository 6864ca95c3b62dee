package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class PageTest {

    private final List<Long> limitsAskedFor = new ArrayList<>();

    private LongUnaryOperator matching(long matches) {
        return limit -> {
            limitsAskedFor.add(limit);
            return Math.min(matches, limit);
        };
    }

    @Test
    void a_page_that_is_not_full_is_the_last_so_nothing_is_counted() {
        Page<String> first = Page.counted(List.of("a", "b"), 0, 20, matching(2));
        Page<String> third = Page.counted(List.of("a"), 2, 20, matching(41));

        assertThat(limitsAskedFor).isEmpty();
        assertThat(first.totalElements()).isEqualTo(2);
        assertThat(third.totalElements()).isEqualTo(41);
        assertThat(third.totalPages()).isEqualTo(3);
        assertThat(third.totalElementsExact()).isTrue();
        assertThat(Page.counted(List.of(), 0, 20, matching(0)).totalElements()).isZero();
    }

    @Test
    void a_full_page_or_one_past_the_end_is_counted_up_to_the_limit() {
        Page<String> full = Page.counted(List.of("a", "b"), 0, 2, matching(7));
        Page<String> pastTheEnd = Page.counted(List.of(), 5, 2, matching(7));

        assertThat(full.totalElements()).isEqualTo(7);
        assertThat(full.totalPages()).isEqualTo(4);
        assertThat(full.totalElementsExact()).isTrue();
        assertThat(pastTheEnd.totalElements()).isEqualTo(7);
        assertThat(limitsAskedFor).containsOnly(Page.COUNT_LIMIT);
    }

    @Test
    void a_list_longer_than_the_limit_says_its_total_is_a_lower_bound() {
        Page<String> page = Page.counted(List.of("a", "b"), 0, 2, matching(250_000));

        assertThat(page.totalElements()).isEqualTo(Page.COUNT_LIMIT);
        assertThat(page.totalPages()).isEqualTo((int) (Page.COUNT_LIMIT / 2));
        assertThat(page.totalElementsExact()).isFalse();
    }

    @Test
    void a_page_beyond_the_limit_is_counted_just_past_itself() {
        Page<String> deep = Page.counted(List.of("a", "b"), 9_000, 2, matching(250_000));

        assertThat(limitsAskedFor).containsExactly(18_003L);
        assertThat(deep.totalElements()).isEqualTo(18_003);
        assertThat(deep.totalPages()).isGreaterThan(9_000);
        assertThat(deep.totalElementsExact()).isFalse();
    }

    @Test
    void mapping_a_page_keeps_its_counts() {
        Page<Integer> page = Page.counted(List.of(1, 2), 0, 2, matching(250_000)).map(n -> n * 10);

        assertThat(page.content()).containsExactly(10, 20);
        assertThat(page.totalElementsExact()).isFalse();
        assertThat(page.totalElements()).isEqualTo(Page.COUNT_LIMIT);
    }
}
