package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Rehabilitative Activity Requirement as nDelius holds it, sent by the nDelius adapter. */
@Schema(name = "RarRequirementDetails", description = "A Rehabilitative Activity Requirement set by the court")
public record RarRequirementDetails(
        @NotNull @Positive @Schema(example = "2500012345", description = "nDelius's id of the requirement")
        Long requirementId,
        @NotNull @Pattern(regexp = "^[A-Z][0-9]{6}$", message = "must be an nDelius CRN: a capital letter and six digits")
        @Schema(example = "X123456") String crn,
        @NotNull @Min(1) @Max(RarRequirement.MOST_DAYS_ACCEPTED)
        @Schema(example = "20", description = "The most RAR days the court set") Integer maximumDays,
        @NotNull @Schema(example = "2026-10-01") LocalDate startDate,
        @NotNull @Schema(example = "2027-09-30", description = "When the requirement is expected to end")
        LocalDate expectedEndDate) {
}
