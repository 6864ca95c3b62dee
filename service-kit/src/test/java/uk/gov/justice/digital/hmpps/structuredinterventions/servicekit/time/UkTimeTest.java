package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UkTimeTest {

    @Test
    void late_evening_utc_in_summer_is_already_the_next_day_in_the_uk() {
        OffsetDateTime lateInJune = OffsetDateTime.of(2026, 6, 30, 23, 30, 0, 0, ZoneOffset.UTC);
        assertThat(UkTime.dateOf(lateInJune)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(UkTime.today(Clock.fixed(lateInJune.toInstant(), ZoneOffset.UTC))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void in_winter_the_uk_date_is_the_utc_date() {
        Instant lateInDecember = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(UkTime.dateOf(lateInDecember.atOffset(ZoneOffset.ofHours(5)))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(UkTime.today(Clock.fixed(lateInDecember, ZoneOffset.ofHours(-8))))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
