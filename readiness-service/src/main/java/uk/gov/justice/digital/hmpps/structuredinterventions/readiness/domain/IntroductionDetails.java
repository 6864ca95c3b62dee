package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a practitioner records of step 1, the introduction to the module. */
@Schema(name = "IntroductionDetails", description = "Step 1: the introduction to the module")
public record IntroductionDetails(
        @NotNull @Valid Session session,
        @NotNull @Valid Deliverer deliveredBy,
        @NotNull @Schema(description = "The \"About this module\" page was walked through") Boolean aboutPageWalkedThrough,
        @NotNull @Schema(description = "The contents page was shown, with how to reach each exercise") Boolean contentsPageWalkedThrough,
        @NotNull @Schema(description = "The format was explained: a video at the top, reflection questions beneath") Boolean formatExplained,
        @Schema(description = "The exercises the person was given an overview of") Set<@NotNull ExerciseCode> exercisesOverviewed,
        @NotNull @Schema(description = "A paper copy was given for written reflections") Boolean paperCopyGiven,
        @NotNull @Schema(description = "The person has access to a suitable device; without one the follow-up must be "
                + "extended and use a Probation Service device") Boolean suitableDevice,
        @Size(max = 2000) @Schema(description = "Technological barriers found and how they are being addressed")
        String technologicalBarriers,
        @Min(1) @Schema(description = "The module version used; the current one when left out") Integer moduleVersion,
        @Size(max = 4000) String notes) {

    public IntroductionDetails {
        exercisesOverviewed = exercisesOverviewed == null ? Set.of() : Set.copyOf(exercisesOverviewed);
    }
}
