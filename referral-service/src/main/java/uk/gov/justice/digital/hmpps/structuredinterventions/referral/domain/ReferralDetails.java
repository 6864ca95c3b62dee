package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a practitioner writes in a referral: who, to what, where and how, and the facts the eligibility and
 * suitability rules need. Nothing more about the person is kept than those rules need.
 */
@Schema(name = "ReferralDetails", description = "What a practitioner records in a referral")
public record ReferralDetails(
        @NotNull @Pattern(regexp = "^[A-Z][0-9]{6}$", message = "must be an nDelius CRN: a capital letter and six digits")
        @Schema(example = "X123456", description = "The person's nDelius case reference number") String crn,
        @NotNull @Schema(example = "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11") UUID interventionId,
        @NotBlank @Size(max = 60) @Schema(example = "london", description = "The probation region (catalogue code)") String region,
        @NotNull @Schema(example = "GROUP") DeliveryFormat deliveryFormat,
        @NotNull @Schema(example = "IN_PERSON") DeliveryMode deliveryMode,
        @NotNull @Past @Schema(example = "1990-04-12") LocalDate dateOfBirth,
        @NotNull @Schema(example = "MALE") Sex sex,
        @Schema(example = "[]", description = "Offence cohorts the person is in, for interventions limited to one")
        Set<@NotNull OffenceCohort> offenceCohorts,
        @NotNull @Schema(example = "LOW") RiskOfRecidivism riskOfRecidivism,
        @NotNull @Schema(example = "false") Boolean unsuitableForAccreditedProgramme,
        @Size(max = 2000) @Schema(description = "Why an Accredited Programme is unsuitable; required when it is")
        String unsuitableForAccreditedProgrammeReason,
        @NotBlank @Size(max = 4000)
        @Schema(example = "Offending linked to impulsive decisions; low risk; sentence plan names ATB work.")
        String reasonForReferral) {

    public ReferralDetails {
        offenceCohorts = offenceCohorts == null ? Set.of() : Set.copyOf(offenceCohorts);
    }
}
