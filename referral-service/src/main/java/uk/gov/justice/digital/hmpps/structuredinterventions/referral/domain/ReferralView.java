package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;

/** A referral as the API shows it. */
@Schema(name = "Referral", description = "A referral of a person to a Structured Intervention, and where it stands")
public record ReferralView(
        UUID id,
        @Schema(description = "Rises with every change; the ETag carries it", example = "2") long version,
        @Schema(example = "X123456", pattern = PersonReference.CRN_PATTERN) String crn,
        UUID interventionId,
        @Schema(example = "Positive Pathways", description = "As the catalogue named it when the referral was last saved")
        String interventionName,
        @Schema(example = "london") String region,
        DeliveryFormat deliveryFormat,
        DeliveryMode deliveryMode,
        LocalDate dateOfBirth,
        Sex sex,
        List<OffenceCohort> offenceCohorts,
        RiskOfRecidivism riskOfRecidivism,
        boolean unsuitableForAccreditedProgramme,
        String unsuitableForAccreditedProgrammeReason,
        String reasonForReferral,
        ReferralStatus status,
        @Schema(description = "What the latest readiness assessment found, while the referral is suitable but not ready")
        List<ReadinessBarrier> readinessBarriers,
        @Schema(description = "The latest readiness assessment made for this referral; null until one is made for "
                + "it. Readiness belongs to the referral: a referral submitted after the person's last assessment "
                + "waits for an assessment made for it, though the module, once completed, counts for every referral")
        ReferralReadiness.View readinessAssessment,
        @Schema(description = "An assessment made for the referral found the person not ready after it was "
                + "allocated or started; for the Treatment Manager. Null when there is none")
        ReadinessConcern.View readinessConcern,
        @Schema(description = "The practitioner who made the referral") String referredBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt) {
}
