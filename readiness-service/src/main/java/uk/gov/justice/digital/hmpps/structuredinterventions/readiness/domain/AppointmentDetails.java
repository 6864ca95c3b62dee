package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a Programme Manager records in appointing a facilitator or peer mentor. */
@Schema(name = "AppointmentDetails", description = "A Programme Manager appoints a facilitator or peer mentor")
public record AppointmentDetails(
        @NotBlank @Size(max = 100) @Schema(example = "SJONES_GEN", description = "The appointee's HMPPS Auth user name: "
                + "the user_name of their token, by which a session they record themselves is matched to them")
        String userName,
        @NotBlank @Size(max = 200) @Schema(example = "Sam Jones", description = "The appointee's name, as a session "
                + "they deliver names them") String name,
        @NotNull @Schema(example = "PEER_MENTOR") AppointedRole role,
        @Size(max = 2000) @Schema(description = "Anything the Programme Manager records of the appointment") String notes) {
}
