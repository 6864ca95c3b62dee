package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything a catalogue administrator writes about an intervention while it is a draft. The shape is checked by
 * bean validation; {@link Intervention} checks the rules that need more than one field.
 */
@Schema(name = "InterventionDefinition", description = "What a catalogue administrator records about an intervention")
public record InterventionDefinition(
        @NotNull @Schema(example = "STRUCTURED_INTERVENTION") InterventionType type,
        @NotBlank @Size(max = 120) @Schema(example = "Positive Pathways") String name,
        @NotNull @Schema(example = "ATB") NeedAreaCode needArea,
        @NotBlank @Size(max = 500) @Schema(example = "A strengths-based group programme built on desistance principles.")
        String summary,
        @NotBlank @Size(max = 5000) String description,
        @NotEmpty @Size(max = 12) @Schema(example = "[\"personal agency\", \"social capital\"]")
        List<@NotBlank @Size(max = 200) String> focusAreas,
        @NotBlank @Size(max = 5000) String approach,
        @Valid @Schema(description = "Required for a Structured Intervention, which has at least four sessions")
        SessionPlan sessionPlan,
        @NotEmpty @Schema(example = "[\"GROUP\"]") Set<@NotNull DeliveryFormat> deliveryFormats,
        @NotEmpty @Schema(example = "[\"IN_PERSON\", \"ONLINE\"]") Set<@NotNull DeliveryMode> deliveryModes,
        @NotNull @Valid Eligibility eligibility,
        @NotBlank @Size(max = 5000) String suitabilityGuidance,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> exclusions,
        @Schema(description = "The Accredited Programme to use instead where it fits better; Structured Interventions only")
        UUID alternativeAccreditedProgrammeId) {

    public InterventionDefinition {
        focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
        deliveryFormats = deliveryFormats == null ? Set.of() : Set.copyOf(deliveryFormats);
        deliveryModes = deliveryModes == null ? Set.of() : Set.copyOf(deliveryModes);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }
}
