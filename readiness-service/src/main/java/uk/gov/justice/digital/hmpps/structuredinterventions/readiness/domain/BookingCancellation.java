package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booked follow-up called off before it took place. */
@Schema(name = "FollowUpBookingCancellation", description = "A booked follow-up called off before it took place")
public record BookingCancellation(
        @NotNull @Schema(example = "RESCHEDULED") CancellationReason reason,
        @Size(max = 4000) String notes) {
}
