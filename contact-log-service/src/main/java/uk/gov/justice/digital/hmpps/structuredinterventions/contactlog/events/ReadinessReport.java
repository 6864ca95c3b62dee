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
 * the referrals linked at the time.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReadinessReport(PersonReference personReference, UUID introductionId, UUID followUpId,
        Session session, DeliveredBy deliveredBy, String attendance, LocalDate completedOn, List<UUID> referralIds,
        String recordedBy) {

    public static final String MODULE_INTRODUCED = "structured-interventions.readiness.module-introduced";
    public static final String FOLLOW_UP_COMPLETED = "structured-interventions.readiness.follow-up-completed";
    public static final String MODULE_COMPLETED = "structured-interventions.readiness.module-completed";
    public static final String MODULE_REVISITED = "structured-interventions.readiness.module-revisited";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(LocalDate date, LocalTime startTime, LocalTime endTime) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveredBy(String name, String role) {
    }
}
