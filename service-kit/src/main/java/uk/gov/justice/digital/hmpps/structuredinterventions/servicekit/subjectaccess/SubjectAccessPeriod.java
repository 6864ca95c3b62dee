package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time.UkTime;

/**
 * The period a subject access request asks about: from {@code from} to {@code to}, both UK dates and both included;
 * either may be open ({@code null}), and {@link #ALL} is open at both ends. A moment is in the period when its UK date
 * is, so an instant late on {@code to} in London counts though it is already the next day in UTC.
 *
 * <p>The services include a record when anything about it happened or is dated in the period: it was created, changed,
 * or its session, contact or status change falls in it. The period never hides a record's own list of changes outside
 * it (each service says what it lists): see {@code docs/subject-access.md}.
 */
public record SubjectAccessPeriod(LocalDate from, LocalDate to) {

    /** Everything held, whenever it happened. */
    public static final SubjectAccessPeriod ALL = new SubjectAccessPeriod(null, null);

    public SubjectAccessPeriod {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts " + from + ", after it ends " + to);
        }
    }

    /** Whether the UK date is in the period; a missing date is not. */
    public boolean includes(LocalDate date) {
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Whether the instant's UK date is in the period; a missing instant is not. */
    public boolean includes(OffsetDateTime instant) {
        return instant != null && includes(UkTime.dateOf(instant));
    }

    /** Whether any of the instants is in the period (missing ones are skipped). */
    public boolean includesAny(OffsetDateTime... instants) {
        return Arrays.stream(instants).filter(Objects::nonNull).anyMatch(this::includes);
    }

    /** Whether the dates {@code start} to {@code end} (either open when {@code null}) overlap the period. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (to == null || start == null || !start.isAfter(to)) && (from == null || end == null || !end.isBefore(from));
    }
}
