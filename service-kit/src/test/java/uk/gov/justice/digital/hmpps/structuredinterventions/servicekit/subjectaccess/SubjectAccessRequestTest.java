package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class SubjectAccessRequestTest {

    @Nested
    class Reading_the_parameters {

        @Test
        void a_crn_and_both_dates_make_a_closed_period() {
            SubjectAccessRequest request = SubjectAccessRequest.read(" X123456 ", null, "2026-01-01", "2026-06-30");
            assertThat(request.crn()).isEqualTo("X123456");
            assertThat(request.prnOnly()).isFalse();
            assertThat(request.period()).isEqualTo(new SubjectAccessPeriod(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 6, 30)));
        }

        @Test
        void missing_dates_leave_the_period_open() {
            assertThat(SubjectAccessRequest.read("X123456", null, null, " ").period()).isEqualTo(SubjectAccessPeriod.ALL);
            assertThat(SubjectAccessRequest.read("X123456", null, "2026-01-01", null).period())
                    .isEqualTo(new SubjectAccessPeriod(LocalDate.of(2026, 1, 1), null));
        }

        @Test
        void a_prison_number_alone_is_a_subject_these_services_do_not_hold() {
            SubjectAccessRequest request = SubjectAccessRequest.read(null, "A1234BC", null, null);
            assertThat(request.prnOnly()).isTrue();
            assertThat(request.prn()).isEqualTo("A1234BC");
        }

        @Test
        void with_both_identifiers_the_crn_is_used() {
            SubjectAccessRequest request = SubjectAccessRequest.read("X123456", "A1234BC", null, null);
            assertThat(request.prnOnly()).isFalse();
            assertThat(request.crn()).isEqualTo("X123456");
        }
    }

    @Nested
    class Broken_parameters {

        @Test
        void neither_identifier_is_a_bad_request_naming_crn() {
            assertThatThrownBy(() -> SubjectAccessRequest.read(" ", null, null, null))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
                        assertThat(e.errors()).containsExactly(
                                new FieldError("crn", "must be given (or prn, a prison number)"));
                    });
        }

        @Test
        void every_broken_parameter_is_named_and_no_value_is_echoed() {
            assertThatThrownBy(() -> SubjectAccessRequest.read("x12", "A1<script>", "20260101", "yesterday"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.errors()).extracting(FieldError::field)
                                .containsExactly("crn", "prn", "fromDate", "toDate");
                        assertThat(e.userMessage()).isEqualTo("4 parameters are not valid");
                        assertThat(e.errors().toString()).doesNotContain("x12", "script", "20260101", "yesterday");
                    });
        }

        @Test
        void a_period_that_ends_before_it_starts_is_a_bad_request() {
            assertThatThrownBy(() -> SubjectAccessRequest.read("X123456", null, "2026-02-01", "2026-01-31"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("fromDate", "must not be after toDate")));
        }

        @Test
        void a_one_day_period_is_allowed() {
            assertThat(SubjectAccessRequest.read("X123456", null, "2026-02-01", "2026-02-01").period().from())
                    .isEqualTo(LocalDate.of(2026, 2, 1));
        }
    }

    @Nested
    class The_period {

        private final SubjectAccessPeriod january = new SubjectAccessPeriod(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31));

        @Test
        void includes_both_its_ends_and_nothing_outside_them() {
            assertThat(january.includes(LocalDate.of(2026, 1, 1))).isTrue();
            assertThat(january.includes(LocalDate.of(2026, 1, 31))).isTrue();
            assertThat(january.includes(LocalDate.of(2025, 12, 31))).isFalse();
            assertThat(january.includes(LocalDate.of(2026, 2, 1))).isFalse();
            assertThat(january.includes((LocalDate) null)).isFalse();
        }

        @Test
        void reads_an_instant_by_its_uk_date() {
            // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST)
            SubjectAccessPeriod may = new SubjectAccessPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
            assertThat(may.includes(OffsetDateTime.parse("2026-05-31T23:30:00Z"))).isFalse();
            assertThat(may.includes(OffsetDateTime.parse("2026-04-30T23:30:00Z"))).isTrue();
            assertThat(may.includesAny(null, OffsetDateTime.parse("2026-05-10T10:00:00Z"))).isTrue();
            assertThat(may.includesAny(null, null)).isFalse();
        }

        @Test
        void an_open_end_reaches_as_far_as_it_goes() {
            assertThat(SubjectAccessPeriod.ALL.includes(LocalDate.of(1970, 1, 1))).isTrue();
            assertThat(new SubjectAccessPeriod(null, LocalDate.of(2026, 1, 31)).includes(LocalDate.of(2000, 1, 1)))
                    .isTrue();
            assertThat(new SubjectAccessPeriod(LocalDate.of(2026, 1, 1), null).includes(LocalDate.of(2099, 1, 1)))
                    .isTrue();
        }

        @Test
        void overlaps_a_span_of_dates_that_touches_it() {
            assertThat(january.overlaps(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 1))).isTrue();
            assertThat(january.overlaps(LocalDate.of(2026, 1, 31), null)).isTrue();
            assertThat(january.overlaps(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31))).isFalse();
            assertThat(january.overlaps(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31))).isFalse();
        }

        @Test
        void cannot_end_before_it_starts() {
            assertThatThrownBy(() -> new SubjectAccessPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
