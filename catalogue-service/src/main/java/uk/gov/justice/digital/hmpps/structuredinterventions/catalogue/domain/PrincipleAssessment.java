package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The panel's finding on one CSAAP principle. */
@Embeddable
@Schema(description = "The panel's finding on one of the seven CSAAP principles")
public record PrincipleAssessment(
        @Enumerated(EnumType.STRING) @Column(name = "principle")
        @NotNull @Schema(example = "MODEL_OF_CHANGE") CsaapPrinciple principle,
        @Column(name = "met")
        @NotNull @Schema(example = "true") Boolean met,
        @Column(name = "notes")
        @Size(max = 2000) @Schema(example = "The theory of change is set out and referenced.") String notes) {
}
