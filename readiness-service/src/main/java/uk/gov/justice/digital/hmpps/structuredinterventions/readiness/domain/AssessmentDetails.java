package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The practitioner's assessment of whether the person is ready to take part. */
@Schema(name = "AssessmentDetails", description = "Ready, or not ready with the barriers found")
public record AssessmentDetails(
        @NotNull @Schema(example = "false") Boolean ready,
        @Schema(description = "Required when not ready; none when ready") Set<@NotNull ReadinessBarrier> barriers,
        @Size(max = 4000) @Schema(description = "Required when not ready, or when OTHER is a barrier") String notes,
        @Size(max = 4000) @Schema(description = "Issues still open that could compromise taking part; they raise a "
                + "concern for the practitioner and the Treatment Manager, as not being ready does")
        String unresolvedIssues,
        @Schema(description = "Recommend reassessing the sentence plan's priorities; only with a concern")
        Boolean recommendSentencePlanReassessment) {

    public AssessmentDetails {
        barriers = barriers == null ? Set.of() : Set.copyOf(barriers);
    }
}
