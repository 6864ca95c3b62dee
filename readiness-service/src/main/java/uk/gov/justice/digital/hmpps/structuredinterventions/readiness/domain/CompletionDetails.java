package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The practitioner's record that the person completed the module. */
@Schema(name = "CompletionDetails", description = "The module was completed")
public record CompletionDetails(
        @NotNull @Schema(example = "2026-11-20", description = "The day the person completed the module, UK date")
        LocalDate completedOn,
        @Min(1) @Schema(description = "The module version completed; the current one when left out") Integer moduleVersion,
        @Size(max = 4000) String notes) {
}
