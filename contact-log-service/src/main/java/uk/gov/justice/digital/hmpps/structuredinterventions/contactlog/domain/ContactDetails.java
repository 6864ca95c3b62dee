package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a practitioner records of a contact with a person on probation. */
@Schema(name = "ContactDetails", description = "A contact with a person on probation, recorded by hand")
public record ContactDetails(
        @NotNull @Pattern(regexp = "^[A-Z][0-9]{6}$", message = "must be an nDelius CRN: a capital letter and six digits")
        @Schema(example = "X123456") String crn,
        @NotNull @Schema(example = "OTHER_REHABILITATIVE_ACTIVITY", description = "A type recorded by hand: "
                + "OTHER_REHABILITATIVE_ACTIVITY. The pre-intervention module's types are recorded through "
                + "readiness-service (422)") ContactType type,
        @NotNull @Schema(example = "2026-11-20", description = "UK local date") LocalDate date,
        @NotNull @Schema(example = "10:00", type = SchemaType.STRING, format = "partial-time") LocalTime startTime,
        @NotNull @Schema(example = "11:00", type = SchemaType.STRING, format = "partial-time") LocalTime endTime,
        @NotNull @Valid Deliverer deliveredBy,
        @Schema(description = "Left out for a contact that has not happened yet; set it later with PUT "
                + "/contacts/{id}/outcome") ContactOutcome outcome,
        @Size(max = 4000) String notes,
        @Schema(description = "Whether it counts towards RAR days; the type's default when left out. False for an "
                + "activity that is not to count") Boolean rarActivity,
        @Schema(description = "The referral it belongs to, if any") UUID referralId,
        @Positive @Schema(example = "2500012345", description = "The nDelius id of the RAR requirement it counts "
                + "towards; when left out, a RAR activity links to the person's only requirement whose dates cover it")
        Long rarRequirementId) {
}
