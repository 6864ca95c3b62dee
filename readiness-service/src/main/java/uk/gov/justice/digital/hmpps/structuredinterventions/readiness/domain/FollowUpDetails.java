package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a practitioner records of step 2, a follow-up session on the person's reflections. */
@Schema(name = "FollowUpDetails", description = "Step 2: a follow-up session on the person's reflections")
public record FollowUpDetails(
        @NotNull @Valid Session session,
        @NotNull @Valid Deliverer deliveredBy,
        @NotNull @Schema(example = "STANDARD", description = "EXTENDED is required when the person has not reviewed the "
                + "module beforehand or has no suitable device") SessionLength length,
        @NotNull @Schema(description = "The person reviewed the module and recorded reflections before the session")
        Boolean reviewedModuleBeforehand,
        @Schema(description = "The videos were shown on a Probation Service device; required when the person has no "
                + "suitable device") Boolean probationServiceDeviceUsed,
        @Schema(description = "The exercises and their reflections discussed; none when the person did not attend")
        Set<@NotNull ExerciseCode> exercisesDiscussed,
        @Size(max = 4000) @Schema(description = "What the person's reflections showed") String reflectionNotes,
        @NotNull @Schema(example = "ATTENDED_COMPLIED") Attendance attendance,
        @Min(1) @Schema(description = "The module version used; the current one when left out") Integer moduleVersion,
        @Size(max = 4000) String notes) {

    public FollowUpDetails {
        exercisesDiscussed = exercisesDiscussed == null ? Set.of() : Set.copyOf(exercisesDiscussed);
    }
}
