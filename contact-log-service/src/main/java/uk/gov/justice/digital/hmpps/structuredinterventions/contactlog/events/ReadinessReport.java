package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;

/**
 * What this service reads of the events on {@code readiness.events} (schemas
 * {@code docs/events/readiness-*.schema.json}): whose step it was, which step, when, who delivered it, how it went, and
 * the referrals linked at the time; of a follow-up booked ahead, the booking (whose id the follow-up it becomes takes)
 * and how it ended.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReadinessReport(PersonReference personReference, UUID introductionId, UUID followUpId, UUID bookingId,
        Session session, DeliveredBy deliveredBy, String attendance, String outcome, LocalDate completedOn,
        List<UUID> referralIds, String recordedBy, String bookedBy, String closedBy) {

    public static final String MODULE_INTRODUCED = "structured-interventions.readiness.module-introduced";
    public static final String FOLLOW_UP_COMPLETED = "structured-interventions.readiness.follow-up-completed";
    public static final String MODULE_COMPLETED = "structured-interventions.readiness.module-completed";
    public static final String MODULE_REVISITED = "structured-interventions.readiness.module-revisited";
    public static final String FOLLOW_UP_BOOKED = "structured-interventions.readiness.follow-up-booked";
    public static final String FOLLOW_UP_BOOKING_CLOSED = "structured-interventions.readiness.follow-up-booking-closed";

    /** The outcome of a booking that was called off before it took place. */
    public static final String BOOKING_CANCELLED = "CANCELLED";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(LocalDate date, LocalTime startTime, LocalTime endTime) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveredBy(String name, String role) {
    }
}
