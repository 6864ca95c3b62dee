package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;

class ReferralEligibilityTest {

    private static final LocalDate SUBMITTED = LocalDate.parse("2026-11-22");

    private static CatalogueIntervention.Facts intervention(String status, Integer minimumAge, Integer maximumAge,
            List<String> sexes, List<String> cohorts) {
        return new CatalogueIntervention.Facts("STRUCTURED_INTERVENTION", status, "Positive Pathways", "ATB", minimumAge,
                maximumAge, sexes, cohorts,
                List.of(new CatalogueIntervention.OfferedIn("london", List.of("GROUP"), List.of("IN_PERSON"))));
    }

    private static CatalogueIntervention.Facts published() {
        return intervention("PUBLISHED", 18, null, List.of("MALE", "FEMALE"), List.of());
    }

    private static ReferralDetails details(LocalDate born, Sex sex, RiskOfRecidivism risk, Boolean unsuitable,
            String why, Set<OffenceCohort> cohorts) {
        return new ReferralDetails("X123456", UUID.randomUUID(), "london", DeliveryFormat.GROUP, DeliveryMode.IN_PERSON,
                born, sex, cohorts, risk, unsuitable, why, "Reason");
    }

    private static ReferralDetails eligible() {
        return details(LocalDate.parse("1990-01-01"), Sex.MALE, RiskOfRecidivism.LOW, false, null, Set.of());
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void an_eligible_referral_breaks_no_rule() {
        assertThat(ReferralEligibility.check(eligible(), Optional.of(published()), SUBMITTED)).isEmpty();
    }

    @Test
    void an_intervention_missing_from_the_catalogue_or_not_published_is_named() {
        assertThat(fields(ReferralEligibility.check(eligible(), Optional.empty(), SUBMITTED))).containsExactly("interventionId");
        assertThat(ReferralEligibility.check(eligible(), Optional.of(intervention("WITHDRAWN", 18, null,
                List.of("MALE"), List.of())), SUBMITTED)).extracting(FieldError::message)
                .containsExactly("Positive Pathways is WITHDRAWN in the catalogue; only a published intervention takes referrals");
    }

    @Test
    void the_region_format_and_mode_must_be_offered() {
        ReferralDetails wales = new ReferralDetails("X123456", UUID.randomUUID(), "wales", DeliveryFormat.GROUP,
                DeliveryMode.IN_PERSON, LocalDate.parse("1990-01-01"), Sex.MALE, Set.of(), RiskOfRecidivism.LOW, false,
                null, "r");
        assertThat(fields(ReferralEligibility.check(wales, Optional.of(published()), SUBMITTED))).containsExactly("region");
        ReferralDetails online = new ReferralDetails("X123456", UUID.randomUUID(), "london", DeliveryFormat.ONE_TO_ONE,
                DeliveryMode.ONLINE, LocalDate.parse("1990-01-01"), Sex.MALE, Set.of(), RiskOfRecidivism.LOW, false,
                null, "r");
        assertThat(fields(ReferralEligibility.check(online, Optional.of(published()), SUBMITTED)))
                .containsExactly("deliveryFormat", "deliveryMode");
    }

    @Test
    void age_is_taken_on_the_day_of_submission() {
        CatalogueIntervention.Facts youngAdults = intervention("PUBLISHED", 18, 25, List.of("MALE"), List.of());
        ReferralDetails turns26Tomorrow = details(SUBMITTED.minusYears(26).plusDays(1), Sex.MALE, RiskOfRecidivism.LOW,
                false, null, Set.of());
        assertThat(ReferralEligibility.check(turns26Tomorrow, Optional.of(youngAdults), SUBMITTED)).isEmpty();
        ReferralDetails turned26Today = details(SUBMITTED.minusYears(26), Sex.MALE, RiskOfRecidivism.LOW, false, null,
                Set.of());
        assertThat(fields(ReferralEligibility.check(turned26Today, Optional.of(youngAdults), SUBMITTED)))
                .containsExactly("dateOfBirth");
        ReferralDetails seventeen = details(SUBMITTED.minusYears(17), Sex.MALE, RiskOfRecidivism.LOW, false, null,
                Set.of());
        assertThat(fields(ReferralEligibility.check(seventeen, Optional.of(youngAdults), SUBMITTED)))
                .containsExactly("dateOfBirth");
    }

    @Test
    void sex_and_offence_cohort_must_fit() {
        CatalogueIntervention.Facts menDrinkDriving = intervention("PUBLISHED", 18, null, List.of("MALE"),
                List.of("DRINK_DRIVING"));
        ReferralDetails woman = details(LocalDate.parse("1990-01-01"), Sex.FEMALE, RiskOfRecidivism.LOW, false, null,
                Set.of(OffenceCohort.DANGEROUS_DRIVING));
        assertThat(fields(ReferralEligibility.check(woman, Optional.of(menDrinkDriving), SUBMITTED)))
                .containsExactly("sex", "offenceCohorts");
        ReferralDetails man = details(LocalDate.parse("1990-01-01"), Sex.MALE, RiskOfRecidivism.LOW, false, null,
                Set.of(OffenceCohort.DRINK_DRIVING, OffenceCohort.DANGEROUS_DRIVING));
        assertThat(ReferralEligibility.check(man, Optional.of(menDrinkDriving), SUBMITTED)).isEmpty();
    }

    @Test
    void a_person_must_be_at_low_risk_or_unsuitable_for_an_accredited_programme_with_the_reason() {
        LocalDate born = LocalDate.parse("1990-01-01");
        assertThat(fields(ReferralEligibility.check(details(born, Sex.MALE, RiskOfRecidivism.MEDIUM, false, null, Set.of()),
                Optional.of(published()), SUBMITTED))).containsExactly("riskOfRecidivism");
        assertThat(ReferralEligibility.check(details(born, Sex.MALE, RiskOfRecidivism.HIGH, true, "Learning needs", Set.of()),
                Optional.of(published()), SUBMITTED)).isEmpty();
        assertThat(fields(ReferralEligibility.check(details(born, Sex.MALE, RiskOfRecidivism.HIGH, true, " ", Set.of()),
                Optional.of(published()), SUBMITTED))).containsExactly("unsuitableForAccreditedProgrammeReason");
        assertThat(ReferralEligibility.check(details(born, Sex.MALE, RiskOfRecidivism.LOW, true, "Learning needs", Set.of()),
                Optional.of(published()), SUBMITTED)).isEmpty();
    }
}
