package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;

/** A contact as a UI or nDelius shows it. */
@Schema(name = "Contact", description = "A contact with a person on probation")
public record ContactView(
        UUID id,
        @Schema(description = "The stable reference nDelius mirrors the contact by",
                example = "urn:hmpps:structured-interventions:contact:5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f",
                pattern = Contact.URN_PATTERN) String urn,
        @Schema(example = "X123456", pattern = PersonReference.CRN_PATTERN) String crn,
        ContactType type,
        @Schema(description = "UK local date") LocalDate date,
        @Schema(type = SchemaType.STRING, format = "partial-time", example = "10:00:00",
                description = "Absent for the module's completion") LocalTime startTime,
        @Schema(type = SchemaType.STRING, format = "partial-time", example = "11:00:00",
                description = "Absent for the module's completion") LocalTime endTime,
        @Schema(description = "Absent for the module's completion") Deliverer deliveredBy,
        @Schema(description = "Absent until the contact has taken place") ContactOutcome outcome,
        String notes,
        boolean rarActivity,
        UUID referralId,
        @Schema(description = "The nDelius id of the RAR requirement it counts towards") Long rarRequirementId,
        ContactSource source,
        @Schema(description = "For a contact made from readiness-service, the module step it was made from")
        String sourceReference,
        @Schema(description = "When it was cancelled: a follow-up booked in readiness-service that will not take place. "
                + "A cancelled contact has no outcome and counts no RAR day") OffsetDateTime cancelledAt,
        String recordedBy,
        OffsetDateTime recordedAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        long version) {
}
