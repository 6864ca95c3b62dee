package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who delivered a contact, and in what role. */
@Embeddable
@Schema(name = "Deliverer", description = "Who delivered a contact and in what role")
public record Deliverer(
        @NotBlank @Size(max = 200) @Column(name = "delivered_by") @Schema(example = "Sam Jones") String name,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "delivered_by_role") @Schema(example = "PEER_MENTOR")
        DelivererRole role) {
}
