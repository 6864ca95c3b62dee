package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;

/** The edges of an intervention's age range, taken on the day of submission. */
class ReferralEligibilityAgeTest {

    private static final LocalDate SUBMITTED = LocalDate.parse("2026-11-22");

    private static final CatalogueIntervention.Facts EIGHTEEN_TO_TWENTY_FIVE = new CatalogueIntervention.Facts(
            "STRUCTURED_INTERVENTION", "PUBLISHED", "Positive Pathways", "ATB", 18, 25, List.of("MALE"), List.of(),
            List.of(new CatalogueIntervention.OfferedIn("london", List.of("GROUP"), List.of("IN_PERSON"))));

    private static List<FieldError> bornOn(LocalDate born) {
        return ReferralEligibility.check(new ReferralDetails("X123456", UUID.randomUUID(), "london", DeliveryFormat.GROUP,
                DeliveryMode.IN_PERSON, born, Sex.MALE, Set.of(), RiskOfRecidivism.LOW, false, null, "Reason"),
                Optional.of(EIGHTEEN_TO_TWENTY_FIVE), SUBMITTED);
    }

    @Test
    void a_person_who_turns_the_minimum_age_on_the_day_of_submission_is_old_enough() {
        assertThat(bornOn(SUBMITTED.minusYears(18))).isEmpty();
    }

    @Test
    void a_person_one_day_short_of_the_minimum_age_is_told_the_age_range() {
        assertThat(bornOn(SUBMITTED.minusYears(18).plusDays(1))).extracting(FieldError::message).containsExactly(
                "the person is 17 on 2026-11-22; Positive Pathways is for people aged 18 or over");
    }

    @Test
    void a_person_of_the_maximum_age_is_still_eligible() {
        assertThat(bornOn(SUBMITTED.minusYears(26).plusDays(1))).isEmpty();
    }
}
