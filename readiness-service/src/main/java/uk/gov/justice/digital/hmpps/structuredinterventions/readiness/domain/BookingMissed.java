package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booked follow-up did not take place with the person: nDelius's non-attendance outcome, and why. */
@Schema(name = "FollowUpBookingMissed", description = "A booked follow-up the person did not attend")
public record BookingMissed(
        @NotNull @Schema(example = "FAILED_TO_ATTEND", description = "FAILED_TO_ATTEND, ACCEPTABLE_ABSENCE or "
                + "RESCHEDULED") Attendance outcome,
        @Size(max = 4000) @Schema(description = "Why, for example the reason an absence was accepted") String notes) {
}
