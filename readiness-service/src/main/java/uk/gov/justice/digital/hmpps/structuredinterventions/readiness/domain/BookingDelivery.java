package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booked follow-up took place: what only the session itself could tell. The date, times and deliverer are the
 * booked ones; the length and the device are the booked ones unless given.
 */
@Schema(name = "FollowUpBookingDelivery", description = "A booked follow-up took place: it becomes the follow-up, "
        + "with the booked date, times and deliverer")
public record BookingDelivery(
        @NotNull @Schema(example = "ATTENDED_COMPLIED", description = "ATTENDED_COMPLIED or ATTENDED_FAILED_TO_COMPLY: "
                + "a booking the person did not attend is recorded as missed") Attendance attendance,
        @NotNull @Schema(description = "The person reviewed the module and recorded reflections before the session")
        Boolean reviewedModuleBeforehand,
        @Schema(description = "The exercises and their reflections discussed: at least one")
        Set<@NotNull ExerciseCode> exercisesDiscussed,
        @Schema(description = "The length it ran at, when not as booked (a person who had not reviewed the module "
                + "needs an extended session)") SessionLength length,
        @Schema(description = "Whether a Probation Service device was used, when not as booked")
        Boolean probationServiceDeviceUsed,
        @Size(max = 4000) @Schema(description = "What the person's reflections showed") String reflectionNotes,
        @Min(1) @Schema(description = "The module version used; the current one when left out") Integer moduleVersion,
        @Size(max = 4000) String notes) {

    public BookingDelivery {
        exercisesDiscussed = exercisesDiscussed == null ? Set.of() : Set.copyOf(exercisesDiscussed);
    }
}
