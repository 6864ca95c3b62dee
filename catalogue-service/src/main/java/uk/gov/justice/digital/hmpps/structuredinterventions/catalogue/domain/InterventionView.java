package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An intervention as the catalogue shows it: the answer of {@code GET /interventions/{id}} and the {@code intervention}
 * member of every intervention and offering event, so a consumer sees on the topic exactly what the API shows. It
 * includes where the intervention is offered, so the latest event about an intervention is all a consumer needs.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Intervention", description = "An intervention in the catalogue, with its approval and where it is offered")
public record InterventionView(
        @Schema(example = "7f1f3c9e-4a47-4d3b-9a7e-2c3f3f0c1a01") UUID id,
        @Schema(description = "Rises with every change, including a change to an offering; the ETag carries it", example = "3")
        long version,
        InterventionType type,
        InterventionStatus status,
        @Schema(example = "Positive Pathways") String name,
        @Schema(example = "ATB") NeedAreaCode needArea,
        String summary,
        String description,
        List<String> focusAreas,
        String approach,
        SessionPlan sessionPlan,
        List<DeliveryFormat> deliveryFormats,
        List<DeliveryMode> deliveryModes,
        EligibilityView eligibility,
        String suitabilityGuidance,
        List<String> exclusions,
        @Schema(description = "The Accredited Programme to use instead where it fits better, if any")
        InterventionReference alternativeAccreditedProgramme,
        @Schema(description = "The panel's assessment, once recorded")
        Approval approval,
        @Schema(description = "The regions that offer it, by region code")
        List<Offering> offerings,
        @Schema(description = "Set once withdrawn")
        Withdrawal withdrawal,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        String publishedBy,
        OffsetDateTime publishedAt) {

    /** Who an intervention is for, with its sets in a stable order. */
    @Schema(name = "EligibilityView", description = "Who the intervention is for. No offence cohorts means any offence.")
    public record EligibilityView(Integer minimumAge, Integer maximumAge, List<Sex> sexes,
            List<OffenceCohort> offenceCohorts) {
    }

    /** Another catalogue entry, by id and name. */
    @Schema(name = "InterventionReference")
    public record InterventionReference(UUID id, @Schema(example = "Building Better Relationships") String name) {
    }

    /** The HMPPS Effective Interventions Panel's assessment. */
    @Schema(name = "PanelApproval", description = "The HMPPS Effective Interventions Panel's assessment of the intervention")
    public record Approval(
            @Schema(example = "HMPPS Effective Interventions Panel") String panel,
            LocalDate decidedOn,
            @Schema(description = "True when all seven core CSAAP principles are met: only then may it be published")
            boolean approved,
            List<PrincipleAssessment> principles,
            String recordedBy,
            OffsetDateTime recordedAt) {
    }

    /** Where, how and why a region delivers the intervention. */
    @Schema(name = "Offering", description = "Where, how and why a region delivers an intervention")
    public record Offering(
            @Schema(example = "north-east") String region,
            List<DeliveryFormat> deliveryFormats,
            List<DeliveryMode> deliveryModes,
            OfferingBasis basis,
            @Schema(description = "Who decided to offer it (the Regional Probation Director for an ADDITIONAL offering)")
            String decidedBy,
            LocalDate decidedOn,
            String openedBy,
            OffsetDateTime openedAt,
            String updatedBy,
            OffsetDateTime updatedAt) {
    }

    /** Why and when the intervention was withdrawn. */
    @Schema(name = "Withdrawal")
    public record Withdrawal(String reason, String withdrawnBy, OffsetDateTime withdrawnAt) {
    }
}
