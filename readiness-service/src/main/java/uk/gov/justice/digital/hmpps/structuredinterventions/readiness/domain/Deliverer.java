package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;

/** Who delivered a session, in what role, and for a facilitator or peer mentor the Programme Manager who appointed them. */
@Embeddable
@Schema(name = "Deliverer", description = "Who delivered a session and in what role")
public record Deliverer(
        @NotBlank @Size(max = 200) @Column(name = "delivered_by") @Schema(example = "Sam Jones") String name,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "delivered_by_role") @Schema(example = "PEER_MENTOR")
        DelivererRole role,
        @Size(max = 200) @Column(name = "appointed_by")
        @Schema(example = "Alex Smith", description = "The Programme Manager who appointed a facilitator or peer mentor; required for those roles")
        String appointedBy) {

    /** The rules on who may deliver, as field errors under {@code field}. */
    public List<FieldError> check(String field) {
        List<FieldError> broken = new ArrayList<>();
        if (role != null && role.appointedByProgrammeManager() && (appointedBy == null || appointedBy.isBlank())) {
            broken.add(new FieldError(field + ".appointedBy",
                    "a " + role.name().toLowerCase().replace('_', ' ')
                            + " must name the Programme Manager who appointed them"));
        }
        return broken;
    }
}
