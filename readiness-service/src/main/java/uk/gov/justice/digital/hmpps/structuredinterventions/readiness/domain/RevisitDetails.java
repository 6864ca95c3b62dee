package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A later return to the completed module, where the practitioner judges it useful. */
@Schema(name = "RevisitDetails", description = "A return to the module after completing it")
public record RevisitDetails(
        @NotNull @Valid Session session,
        @NotNull @Valid Deliverer deliveredBy,
        @NotEmpty @Schema(description = "The exercises revisited") Set<@NotNull ExerciseCode> exercisesRevisited,
        @Size(max = 2000) @Schema(description = "Why the module was revisited") String reason,
        @Min(1) @Schema(description = "The module version used; the current one when left out") Integer moduleVersion,
        @Size(max = 4000) String notes) {

    public RevisitDetails {
        exercisesRevisited = exercisesRevisited == null ? Set.of() : Set.copyOf(exercisesRevisited);
    }
}
