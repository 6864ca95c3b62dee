package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Rehabilitative Activity Requirement days a requirement has used, by the counting rules:
 * <ul>
 * <li>a contact qualifies when it is linked to the requirement, is a RAR activity, has an outcome in which the person
 * attended and complied (failed to attend, acceptable absence and rescheduled are missed; attended but failed to
 * comply counts no day, as in nDelius's own count), and falls within the requirement's dates;</li>
 * <li>a RAR day is a calendar day with at least one qualifying contact: several on one day count once;</li>
 * <li>the module's completion counts once, however often it is revisited or recorded;</li>
 * <li>the earliest days count up to the court's maximum; later ones are reported beyond it, neither counted nor
 * dropped.</li>
 * </ul>
 * Every linked contact that does not count is listed with the reason, so nothing leaves the tally silently.
 *
 * @param terms the requirement as the court set it
 * @param days the RAR days counted, earliest first, at most the maximum
 * @param daysBeyondMaximum the days of qualifying activity after the maximum was reached
 * @param notCounted the linked contacts that make no RAR day, and why
 */
public record RarTally(Terms terms, List<Day> days, List<Day> daysBeyondMaximum, List<NotCounted> notCounted) {

    /** The requirement as the court set it. */
    public record Terms(long requirementId, int maximumDays, LocalDate startDate, LocalDate expectedEndDate) {

        public Terms {
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(expectedEndDate, "expectedEndDate");
        }

        public boolean covers(LocalDate date) {
            return !date.isBefore(startDate) && !date.isAfter(expectedEndDate);
        }
    }

    /** What the count needs to know of a contact. */
    public record Activity(UUID contactId, String urn, ContactType type, LocalDate date, LocalTime startTime,
            boolean rarActivity, ContactOutcome outcome, Long requirementId,
            @Schema(description = "The contact was cancelled: a booked follow-up that will not take place")
            boolean cancelled) {

        public Activity {
            Objects.requireNonNull(contactId, "contactId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(date, "date");
        }

        /** A contact that was not cancelled. */
        public Activity(UUID contactId, String urn, ContactType type, LocalDate date, LocalTime startTime,
                boolean rarActivity, ContactOutcome outcome, Long requirementId) {
            this(contactId, urn, type, date, startTime, rarActivity, outcome, requirementId, false);
        }
    }

    /** A calendar day of rehabilitative activity and the contacts behind it. */
    public record Day(LocalDate date, List<Activity> contacts) {

        public Day {
            contacts = List.copyOf(contacts);
        }
    }

    /** Why a linked contact makes no RAR day. */
    @Schema(name = "RarNotCountedReason", description = "Why a linked contact makes no RAR day: NOT_A_RAR_ACTIVITY; "
            + "CANCELLED (booked, then called off); NO_OUTCOME_YET (booked, not yet taken place); MISSED (failed to attend, acceptable absence, rescheduled); FAILED_TO_COMPLY "
            + "(attended but failed to comply: nDelius counts a RAR day only when the person attended and complied); "
            + "OUTSIDE_REQUIREMENT_DATES; COMPLETION_ALREADY_COUNTED")
    public enum Reason {
        NOT_A_RAR_ACTIVITY,
        CANCELLED,
        NO_OUTCOME_YET,
        MISSED,
        FAILED_TO_COMPLY,
        OUTSIDE_REQUIREMENT_DATES,
        COMPLETION_ALREADY_COUNTED
    }

    /** A linked contact that makes no RAR day. */
    public record NotCounted(Activity contact, Reason reason) {
    }

    /** The figures an nDelius adapter mirrors. */
    public record Summary(int maximumDays, int daysUsed, int daysRemaining, int daysBeyondMaximum) {
    }

    private static final Comparator<Activity> IN_ORDER = Comparator.comparing(Activity::date)
            .thenComparing(Activity::startTime, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Activity::contactId);

    public RarTally {
        days = List.copyOf(days);
        daysBeyondMaximum = List.copyOf(daysBeyondMaximum);
        notCounted = List.copyOf(notCounted);
    }

    /** Counts the contacts linked to the requirement; contacts linked elsewhere, or nowhere, are left out. */
    public static RarTally count(Terms terms, Collection<Activity> contacts) {
        List<NotCounted> notCounted = new ArrayList<>();
        Map<LocalDate, List<Activity>> byDay = new TreeMap<>();
        boolean completionCounted = false;
        for (Activity contact : contacts.stream()
                .filter(c -> c.requirementId() != null && c.requirementId() == terms.requirementId())
                .sorted(IN_ORDER).toList()) {
            Reason reason = reasonNotCounted(terms, contact);
            if (reason == null && contact.type().oncePerPerson()) {
                reason = completionCounted ? Reason.COMPLETION_ALREADY_COUNTED : null;
                completionCounted = true;
            }
            if (reason == null) {
                byDay.computeIfAbsent(contact.date(), day -> new ArrayList<>()).add(contact);
            } else {
                notCounted.add(new NotCounted(contact, reason));
            }
        }
        List<Day> counted = new ArrayList<>();
        List<Day> beyond = new ArrayList<>();
        byDay.forEach((date, dayContacts) -> (counted.size() < terms.maximumDays() ? counted : beyond)
                .add(new Day(date, dayContacts)));
        return new RarTally(terms, counted, beyond, notCounted);
    }

    private static Reason reasonNotCounted(Terms terms, Activity contact) {
        if (!contact.rarActivity() || !contact.type().rarActivity()) {
            return Reason.NOT_A_RAR_ACTIVITY;
        }
        if (contact.cancelled()) {
            return Reason.CANCELLED;
        }
        if (contact.outcome() == null) {
            return Reason.NO_OUTCOME_YET;
        }
        if (contact.outcome().missed()) {
            return Reason.MISSED;
        }
        if (contact.outcome().failedToComply()) {
            return Reason.FAILED_TO_COMPLY;
        }
        if (!terms.covers(contact.date())) {
            return Reason.OUTSIDE_REQUIREMENT_DATES;
        }
        return null;
    }

    public int daysUsed() {
        return days.size();
    }

    public int daysRemaining() {
        return terms.maximumDays() - days.size();
    }

    /** The days counted, earliest first. */
    public List<LocalDate> countedDates() {
        return days.stream().map(Day::date).toList();
    }

    public Summary summary() {
        return new Summary(terms.maximumDays(), daysUsed(), daysRemaining(), daysBeyondMaximum.size());
    }
}
