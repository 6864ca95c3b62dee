package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the HMPPS Effective Interventions Panel decided about an intervention, principle by principle. */
@Schema(description = "The HMPPS Effective Interventions Panel's assessment against the seven core CSAAP principles")
public record PanelAssessment(
        @NotNull @PastOrPresent @Schema(example = "2026-10-01", description = "The day the panel decided")
        LocalDate decidedOn,
        @NotNull @Size(max = 20) List<@NotNull @Valid PrincipleAssessment> principles) {

    public PanelAssessment {
        principles = principles == null ? List.of() : List.copyOf(principles);
    }
}
