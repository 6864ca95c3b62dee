package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How and why a region delivers an intervention. */
@Schema(description = "How and why a region delivers an intervention")
public record OfferingTerms(
        @NotEmpty @Schema(example = "[\"GROUP\"]") Set<@NotNull DeliveryFormat> deliveryFormats,
        @NotEmpty @Schema(example = "[\"IN_PERSON\"]") Set<@NotNull DeliveryMode> deliveryModes,
        @NotNull @Schema(example = "CORE") OfferingBasis basis,
        @Size(max = 200) @Schema(example = "A_DIRECTOR",
                description = "Who decided. For an offering beyond the region's minimum (ADDITIONAL, or a second "
                        + "CORE) it is recorded as the Regional Probation Director recording it, whatever is sent")
        String decidedBy,
        @PastOrPresent @Schema(example = "2026-10-15", description = "When the Director decided; today when left out "
                + "for an offering beyond the minimum")
        LocalDate decidedOn) {

    public OfferingTerms {
        deliveryFormats = deliveryFormats == null ? Set.of() : Set.copyOf(deliveryFormats);
        deliveryModes = deliveryModes == null ? Set.of() : Set.copyOf(deliveryModes);
    }
}
