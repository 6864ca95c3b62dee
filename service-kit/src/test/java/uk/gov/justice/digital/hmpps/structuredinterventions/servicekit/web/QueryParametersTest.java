package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class QueryParametersTest {

    enum Colour { RED, DARK_BLUE }

    @Test
    void reads_a_constant_ignoring_surrounding_space_and_nothing_as_null() {
        assertThat(QueryParameters.enumValue("colour", " DARK_BLUE ", Colour.class)).isEqualTo(Colour.DARK_BLUE);
        assertThat(QueryParameters.enumValue("colour", null, Colour.class)).isNull();
        assertThat(QueryParameters.enumValue("colour", "  ", Colour.class)).isNull();
    }

    @Test
    void an_unknown_value_is_a_bad_request_naming_the_parameter_and_what_it_accepts() {
        assertThatThrownBy(() -> QueryParameters.enumValue("colour", "green", Colour.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(e.errors()).containsExactly(new FieldError("colour", "must be one of RED, DARK_BLUE"));
                });
    }

    @Test
    void a_constant_in_another_case_is_refused_as_a_request_body_refuses_it() {
        for (String other : List.of("dark_blue", "Dark_Blue", "red")) {
            assertThatThrownBy(() -> QueryParameters.enumValue("colour", other, Colour.class))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("colour", "must be one of RED, DARK_BLUE")));
        }
    }

    @Test
    void reads_uuids_and_whole_numbers_in_range_and_names_the_parameter_otherwise() {
        assertThat(QueryParameters.uuid("id", " 00000000-0000-0000-0000-000000000001 ")).hasToString(
                "00000000-0000-0000-0000-000000000001");
        assertThat(QueryParameters.uuid("id", null)).isNull();
        assertThatThrownBy(() -> QueryParameters.uuid("id", "abc")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("id", "must be a UUID")));
        assertThat(QueryParameters.integer("size", null, 20, 1, 100)).isEqualTo(20);
        assertThat(QueryParameters.integer("size", "100", 20, 1, 100)).isEqualTo(100);
        for (String bad : List.of("0", "101", "abc", "99999999999")) {
            assertThatThrownBy(() -> QueryParameters.integer("size", bad, 20, 1, 100))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("size", "must be a whole number from 1 to 100")));
        }
    }

    @Test
    void reads_true_and_false_and_nothing_as_null_and_names_the_parameter_otherwise() {
        assertThat(QueryParameters.bool("acknowledged", "true")).isTrue();
        assertThat(QueryParameters.bool("acknowledged", " false ")).isFalse();
        assertThat(QueryParameters.bool("acknowledged", "")).isNull();
        for (String bad : new String[] {"yes", "TRUE", "1"}) {
            assertThatThrownBy(() -> QueryParameters.bool("acknowledged", bad)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.errors()).containsExactly(new FieldError("acknowledged", "must be true or false")));
        }
    }

    @Test
    void reads_a_crn_and_names_the_parameter_when_it_is_not_one() {
        assertThat(QueryParameters.crn("crn", " X123456 ")).isEqualTo("X123456");
        assertThat(QueryParameters.crn("crn", "")).isNull();
        assertThat(QueryParameters.requiredCrn("crn", "A000001")).isEqualTo("A000001");
        for (String bad : List.of("x123456", "X12345", "X1234567", "123456X")) {
            assertThatThrownBy(() -> QueryParameters.crn("crn", bad)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.errors()).containsExactly(
                            new FieldError("crn", "must be an nDelius CRN: a capital letter and six digits")));
        }
        assertThatThrownBy(() -> QueryParameters.requiredCrn("crn", " ")).isInstanceOf(ProblemException.class);
    }

    @Test
    void reads_an_iso_date_and_names_the_parameter_when_it_is_not_one() {
        assertThat(QueryParameters.date("from", " 2026-11-20 ")).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
        assertThat(QueryParameters.date("from", null)).isNull();
        for (String bad : List.of("20/11/2026", "2026-02-30", "yesterday", "+99999-01-01", "20000")) {
            assertThatThrownBy(() -> QueryParameters.date("from", bad)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.errors()).containsExactly(
                            new FieldError("from", "must be a date in the form 2026-11-20")));
        }
    }

    @Test
    void a_page_counts_its_pages_from_the_total() {
        assertThat(Page.of(List.of("a", "b"), 0, 2, 5).totalPages()).isEqualTo(3);
        assertThat(Page.of(List.of(), 0, 20, 0).totalPages()).isZero();
        assertThat(Page.of(List.of(1, 2), 1, 2, 4).map(n -> n * 10).content()).containsExactly(10, 20);
    }

    @Test
    void a_stale_version_is_a_precondition_failure_and_no_version_is_not_checked() {
        ETags.requireCurrent(null, 3, "Thing");
        ETags.requireCurrent(3L, 3, "Thing");
        assertThatThrownBy(() -> ETags.requireCurrent(2L, 3, "Thing"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
    }

    @Test
    void me_stands_for_the_signed_in_user_and_any_other_name_is_a_400_naming_the_parameter() {
        assertThat(QueryParameters.me("referrer", " ME ", "A_PRACTITIONER")).isEqualTo("A_PRACTITIONER");
        assertThat(QueryParameters.me("referrer", "me", "A_PRACTITIONER")).isEqualTo("A_PRACTITIONER");
        assertThat(QueryParameters.me("referrer", null, "A_PRACTITIONER")).isNull();
        assertThat(QueryParameters.me("referrer", " ", "A_PRACTITIONER")).isNull();
        assertThatThrownBy(() -> QueryParameters.me("referrer", "B_PRACTITIONER", "A_PRACTITIONER"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("referrer", "must be me (the signed-in user)")));
    }
}
