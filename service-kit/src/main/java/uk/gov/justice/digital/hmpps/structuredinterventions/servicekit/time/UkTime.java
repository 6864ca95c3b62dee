package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The time zone of the service's dates. Instants are kept in UTC; a date a practitioner reads or enters (a contact's
 * day, the day a module was completed, the day a referral was made) is the day in England and Wales.
 */
public final class UkTime {

    /** England and Wales: GMT in winter, BST in summer. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {
    }

    /** The UK date of an instant. */
    public static LocalDate dateOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZONE).toLocalDate();
    }

    /** Today's UK date by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
