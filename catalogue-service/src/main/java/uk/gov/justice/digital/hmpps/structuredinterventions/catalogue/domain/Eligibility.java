package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who an intervention is designed for. A referral checks the person against it: age within the range (either end may
 * be open), sex among {@code sexes}, and, when {@code offenceCohorts} is not empty, the person in one of them.
 */
@Schema(description = "Who the intervention is for. An open age bound is left out; no offence cohorts means any offence.")
public record Eligibility(
        @Min(18) @Max(120) @Schema(example = "18", description = "The youngest age, if any") Integer minimumAge,
        @Min(18) @Max(120) @Schema(example = "25", description = "The oldest age, if any") Integer maximumAge,
        @NotEmpty @Schema(example = "[\"MALE\"]") Set<@NotNull Sex> sexes,
        @Schema(example = "[]", description = "The offence cohorts it is limited to; empty means any offence")
        Set<@NotNull OffenceCohort> offenceCohorts) {

    public Eligibility {
        sexes = sexes == null ? Set.of() : Set.copyOf(sexes);
        offenceCohorts = offenceCohorts == null ? Set.of() : Set.copyOf(offenceCohorts);
    }
}
