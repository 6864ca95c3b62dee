package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up arranged ahead: when, who will deliver it, how long it will be and what it needs. */
@Schema(name = "FollowUpBookingDetails", description = "A follow-up session booked ahead")
public record FollowUpBookingDetails(
        @NotNull @Valid @Schema(description = "When it will take place, UK local date and times: not in the past")
        Session session,
        @NotNull @Valid @Schema(description = "Who will deliver it: the same rules as a recorded follow-up") Deliverer deliveredBy,
        @NotNull @Schema(example = "EXTENDED", description = "EXTENDED is required when the person has no suitable "
                + "device; a person who has not reviewed the module beforehand needs an extended session too, which is "
                + "known only at the session") SessionLength length,
        @Schema(description = "A Probation Service device will be used to take the person through each video; "
                + "required when the person has no suitable device") Boolean probationServiceDevice,
        @Size(max = 200) @Schema(example = "Probation office, interview room 2", description = "Where it will take "
                + "place") String location,
        @Size(max = 4000) String notes) {
}
