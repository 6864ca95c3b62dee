package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactOutcome;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactSource;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactType;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Deliverer;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;

/**
 * The events on {@code contact-log.events}, keyed by the person's CRN, for an nDelius adapter to mirror each contact by
 * its URN and each requirement's RAR days. Every contact event carries the contact's version: apply an event only when
 * its version is above the one mirrored. Notes stay in this service: read them at {@code detailUrl}. Schemas:
 * {@code docs/events/contact-*.schema.json} and {@code docs/events/rar-days-changed.schema.json}.
 */
public final class ContactLogEvent {

    public static final String CONTACT_RECORDED = "structured-interventions.contact.recorded";
    public static final String CONTACT_OUTCOME_UPDATED = "structured-interventions.contact.outcome-updated";
    public static final String CONTACT_RAR_REQUIREMENT_LINKED = "structured-interventions.contact.rar-requirement-linked";
    public static final String CONTACT_CANCELLED = "structured-interventions.contact.cancelled";
    public static final String RAR_DAYS_CHANGED = "structured-interventions.rar.days-changed";

    private ContactLogEvent() {
    }

    /** A contact was recorded, by a practitioner or from a step of the pre-intervention module. */
    public record ContactRecorded(PersonReference personReference, UUID contactId, String urn, ContactType type,
            LocalDate date, LocalTime startTime, LocalTime endTime, Deliverer deliveredBy, ContactOutcome outcome,
            boolean rarActivity, UUID referralId, Long rarRequirementId, ContactSource source, String recordedBy,
            OffsetDateTime recordedAt, long version, String detailUrl) {
    }

    /** A contact's outcome was recorded or corrected. */
    public record ContactOutcomeUpdated(PersonReference personReference, UUID contactId, String urn, ContactType type,
            LocalDate date, ContactOutcome previousOutcome, ContactOutcome outcome, boolean rarActivity,
            Long rarRequirementId, String updatedBy, OffsetDateTime updatedAt, long version, String detailUrl) {
    }

    /** A booked contact will not take place: the follow-up booked in readiness-service was cancelled. */
    public record ContactCancelled(PersonReference personReference, UUID contactId, String urn, ContactType type,
            LocalDate date, OffsetDateTime cancelledAt, String updatedBy, long version, String detailUrl) {
    }

    /** A RAR activity recorded before its requirement was registered now counts towards it. */
    public record ContactRarRequirementLinked(PersonReference personReference, UUID contactId, String urn,
            LocalDate date, long rarRequirementId, String updatedBy, OffsetDateTime updatedAt, long version,
            String detailUrl) {
    }

    /** A requirement's RAR days changed: what is counted, what remains, and what went beyond the maximum. */
    public record RarDaysChanged(PersonReference personReference, long requirementId, int maximumDays, int daysUsed,
            int daysRemaining, int daysBeyondMaximum, int previousDaysUsed, List<LocalDate> rarDays,
            OffsetDateTime changedAt, String detailUrl) {
    }
}
