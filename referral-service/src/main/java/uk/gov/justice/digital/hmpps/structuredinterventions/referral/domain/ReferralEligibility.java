package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;

/**
 * The rules a referral must meet when it is submitted, checked against this service's copy of the catalogue: the
 * intervention is a published Structured Intervention, offered in the region in the format and mode asked for; the
 * person fits its eligibility on the day of submission; and the person presents a low risk of recidivism and/or is
 * unsuitable for an Accredited Programme. Each broken rule is named.
 */
public final class ReferralEligibility {

    static final String STRUCTURED_INTERVENTION = "STRUCTURED_INTERVENTION";
    static final String PUBLISHED = "PUBLISHED";

    private ReferralEligibility() {
    }

    /** The rules {@code details} breaks on {@code submittedOn}; empty when the referral may be submitted. */
    public static List<FieldError> check(ReferralDetails details, Optional<CatalogueIntervention.Facts> catalogue,
            LocalDate submittedOn) {
        List<FieldError> broken = new ArrayList<>();
        if (catalogue.isEmpty()) {
            broken.add(new FieldError("interventionId", "is not an intervention in the catalogue"));
        } else {
            CatalogueIntervention.Facts intervention = catalogue.get();
            checkIntervention(details, intervention, submittedOn, broken);
        }
        checkSuitability(details, broken);
        return broken;
    }

    private static void checkIntervention(ReferralDetails details, CatalogueIntervention.Facts intervention,
            LocalDate submittedOn, List<FieldError> broken) {
        String name = intervention.name();
        if (!STRUCTURED_INTERVENTION.equals(intervention.type())) {
            broken.add(new FieldError("interventionId", name + " is not a Structured Intervention"));
        }
        if (!PUBLISHED.equals(intervention.status())) {
            broken.add(new FieldError("interventionId", name + " is " + intervention.status()
                    + " in the catalogue; only a published intervention takes referrals"));
        } else {
            Optional<CatalogueIntervention.OfferedIn> offered = intervention.offerings().stream()
                    .filter(o -> o.region().equals(details.region())).findFirst();
            if (offered.isEmpty()) {
                broken.add(new FieldError("region", name + " is not offered in " + details.region()));
            } else {
                if (!offered.get().deliveryFormats().contains(details.deliveryFormat().name())) {
                    broken.add(new FieldError("deliveryFormat", details.region() + " does not offer " + name + " "
                            + details.deliveryFormat() + "; it offers " + String.join(", ", offered.get().deliveryFormats())));
                }
                if (!offered.get().deliveryModes().contains(details.deliveryMode().name())) {
                    broken.add(new FieldError("deliveryMode", details.region() + " does not offer " + name + " "
                            + details.deliveryMode() + "; it offers " + String.join(", ", offered.get().deliveryModes())));
                }
            }
        }
        int age = Period.between(details.dateOfBirth(), submittedOn).getYears();
        if (intervention.minimumAge() != null && age < intervention.minimumAge()) {
            broken.add(new FieldError("dateOfBirth", "the person is " + age + " on " + submittedOn + "; " + name
                    + " is for people aged " + intervention.minimumAge() + " or over"));
        }
        if (intervention.maximumAge() != null && age > intervention.maximumAge()) {
            broken.add(new FieldError("dateOfBirth", "the person is " + age + " on " + submittedOn + "; " + name
                    + " is for people aged " + intervention.maximumAge() + " or under"));
        }
        if (!intervention.sexes().contains(details.sex().name())) {
            broken.add(new FieldError("sex", name + " is for " + String.join(" and ", intervention.sexes()) + " only"));
        }
        if (!intervention.offenceCohorts().isEmpty() && details.offenceCohorts().stream()
                .noneMatch(cohort -> intervention.offenceCohorts().contains(cohort.name()))) {
            broken.add(new FieldError("offenceCohorts", name + " is for people in the cohorts "
                    + String.join(", ", intervention.offenceCohorts())));
        }
    }

    private static void checkSuitability(ReferralDetails details, List<FieldError> broken) {
        boolean unsuitableForProgramme = Boolean.TRUE.equals(details.unsuitableForAccreditedProgramme());
        if (unsuitableForProgramme && (details.unsuitableForAccreditedProgrammeReason() == null
                || details.unsuitableForAccreditedProgrammeReason().isBlank())) {
            broken.add(new FieldError("unsuitableForAccreditedProgrammeReason",
                    "say why an Accredited Programme is unsuitable"));
        }
        if (details.riskOfRecidivism() != RiskOfRecidivism.LOW && !unsuitableForProgramme) {
            broken.add(new FieldError("riskOfRecidivism", "Structured Interventions are for people who present a low "
                    + "risk of recidivism and/or are unsuitable for an Accredited Programme; this person is at "
                    + details.riskOfRecidivism() + " risk and not recorded as unsuitable for one"));
        }
    }
}
