package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.OfferingBasis.ADDITIONAL;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.OfferingBasis.CORE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class CoverageTest {

    private static final UUID PP = UUID.randomUUID();
    private static final UUID PPP = UUID.randomUUID();
    private static final UUID MME = UUID.randomUUID();
    private static final UUID EXTRA = UUID.randomUUID();
    private static final UUID SPARE = UUID.randomUUID();

    private static final List<Region> REGIONS = List.of(new Region("wales", "Wales", 8),
            new Region("north-east", "North East", 1));

    private static final List<Coverage.Offered> OFFERED = List.of(
            new Coverage.Offered("north-east", NeedAreaCode.ATB, PP, "Positive Pathways", CORE),
            new Coverage.Offered("north-east", NeedAreaCode.DA, PPP, "Positive Pathways Plus", CORE),
            new Coverage.Offered("north-east", NeedAreaCode.EM, MME, "Managing My Emotions", CORE),
            new Coverage.Offered("north-east", NeedAreaCode.EM, EXTRA, "Calm", CORE),
            new Coverage.Offered("wales", NeedAreaCode.ATB, PP, "Positive Pathways", CORE),
            new Coverage.Offered("wales", NeedAreaCode.ATB, SPARE, "Steering Clear", ADDITIONAL),
            new Coverage.Offered("wales", NeedAreaCode.EM, MME, "Managing My Emotions", CORE),
            new Coverage.Offered("wales", NeedAreaCode.DA, SPARE, "Steering Clear", ADDITIONAL));

    private static OfferingTerms terms(OfferingBasis basis, String decidedBy, LocalDate decidedOn) {
        return new OfferingTerms(Set.of(DeliveryFormat.GROUP), Set.of(DeliveryMode.IN_PERSON), basis, decidedBy,
                decidedOn);
    }

    @Nested
    class Gaps_left_by_a_change {

        @Test
        void removing_the_only_core_intervention_of_a_need_area_in_a_region_leaves_a_gap() {
            assertThat(Coverage.gapsLeftBy(OFFERED, o -> o.region().equals("wales") && o.interventionId().equals(MME)))
                    .containsExactly(new Coverage.Gap("wales", NeedAreaCode.EM));
        }

        @Test
        void removing_one_of_two_core_interventions_in_a_need_area_leaves_no_gap() {
            assertThat(Coverage.gapsLeftBy(OFFERED,
                    o -> o.region().equals("north-east") && o.interventionId().equals(MME))).isEmpty();
        }

        @Test
        void an_additional_offering_left_behind_does_not_meet_the_minimum() {
            // Wales offers Steering Clear in ATB as ADDITIONAL: closing Positive Pathways still leaves no CORE there.
            assertThat(Coverage.gapsLeftBy(OFFERED, o -> o.region().equals("wales") && o.interventionId().equals(PP)))
                    .containsExactly(new Coverage.Gap("wales", NeedAreaCode.ATB));
        }

        @Test
        void closing_an_additional_offering_leaves_no_gap() {
            assertThat(Coverage.gapsLeftBy(OFFERED, o -> o.interventionId().equals(SPARE))).isEmpty();
        }

        @Test
        void withdrawing_an_intervention_counts_every_region_it_is_the_last_core_in() {
            assertThat(Coverage.gapsLeftBy(OFFERED, o -> o.interventionId().equals(PP))).containsExactly(
                    new Coverage.Gap("north-east", NeedAreaCode.ATB), new Coverage.Gap("wales", NeedAreaCode.ATB));
        }

        @Test
        void a_gap_that_was_already_there_is_not_the_changes_fault() {
            // Wales has no CORE DA intervention; closing its ATB ones is refused only for ATB.
            assertThat(Coverage.gapsLeftBy(OFFERED, o -> o.region().equals("wales")
                    && (o.needArea() == NeedAreaCode.ATB || o.needArea() == NeedAreaCode.DA)))
                    .containsExactly(new Coverage.Gap("wales", NeedAreaCode.ATB));
        }

        @Test
        void a_refusal_is_a_conflict_naming_each_region_and_need_area() {
            List<Coverage.Gap> gaps = List.of(new Coverage.Gap("wales", NeedAreaCode.EM));
            assertThatThrownBy(() -> Coverage.refuseGaps("Closing Managing My Emotions in Wales", gaps, code -> "Wales"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
                        assertThat(e.userMessage()).startsWith("Closing Managing My Emotions in Wales would leave no "
                                + "CORE Structured Intervention for Wales in EM.");
                        assertThat(e.errors()).containsExactly(new FieldError("coverage",
                                "Wales (wales) would have no CORE Structured Intervention in need area EM"));
                    });
            Coverage.refuseGaps("Nothing", List.of(), code -> code);
        }
    }

    @Nested
    class The_basis_of_an_offering {

        @Test
        void the_first_in_a_need_area_is_core_and_needs_no_decision() {
            assertThat(Coverage.basisRules("Wales", NeedAreaCode.DA, terms(CORE, null, null), 0)).isEmpty();
        }

        @Test
        void the_first_in_a_need_area_cannot_be_additional() {
            assertThat(Coverage.basisRules("Wales", NeedAreaCode.DA,
                    terms(ADDITIONAL, "Regional Probation Director, Wales", LocalDate.of(2026, 10, 1)), 0))
                    .extracting(FieldError::field).containsExactly("basis");
        }

        @Test
        void one_beyond_the_minimum_may_be_additional() {
            assertThat(Coverage.basisRules("Wales", NeedAreaCode.ATB,
                    terms(ADDITIONAL, "Regional Probation Director, Wales", LocalDate.of(2026, 10, 1)), 1)).isEmpty();
        }

        @Test
        void one_beyond_the_minimum_additional_or_a_second_core_is_the_directors_decision() {
            assertThat(Coverage.needsDirectorsDecision(terms(CORE, null, null), 0)).isFalse();
            assertThat(Coverage.needsDirectorsDecision(terms(CORE, null, null), 1)).isTrue();
            assertThat(Coverage.needsDirectorsDecision(terms(ADDITIONAL, null, null), 1)).isTrue();
        }
    }

    @Nested
    class The_directors_decision {

        private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

        @Test
        void within_the_minimum_the_terms_are_recorded_as_given_by_anyone() {
            OfferingTerms first = terms(CORE, null, null);
            assertThat(Coverage.asDecided(first, 0, "ADMIN", false, TODAY)).isSameAs(first);
        }

        @Test
        void beyond_it_only_the_director_records_it_and_anyone_else_is_forbidden() {
            assertThatThrownBy(() -> Coverage.asDecided(terms(CORE, null, null), 1, "ADMIN", false, TODAY))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
            assertThatThrownBy(() -> Coverage.asDecided(terms(ADDITIONAL, "RPD", TODAY), 1, "ADMIN", false, TODAY))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.userMessage())
                            .startsWith("An ADDITIONAL offering is at the Regional Probation Director's discretion"));
        }

        @Test
        void the_decision_is_recorded_as_the_directors_on_the_day_given_or_today() {
            OfferingTerms decided = Coverage.asDecided(terms(ADDITIONAL, "Someone Else", null), 1, "A_DIRECTOR", true,
                    TODAY);
            assertThat(decided.decidedBy()).isEqualTo("A_DIRECTOR");
            assertThat(decided.decidedOn()).isEqualTo(TODAY);
            assertThat(Coverage.asDecided(terms(CORE, null, LocalDate.of(2026, 10, 1)), 2, "A_DIRECTOR", true, TODAY)
                    .decidedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        }
    }

    @Nested
    class The_report {

        @Test
        void shows_each_region_in_order_against_each_need_area_with_each_offerings_basis() {
            Coverage.Report report = Coverage.report(REGIONS, OFFERED);
            assertThat(report.met()).isFalse();
            assertThat(report.regions()).extracting(Coverage.RegionCoverage::region)
                    .containsExactly("north-east", "wales");
            Coverage.RegionCoverage northEast = report.regions().get(0);
            assertThat(northEast.name()).isEqualTo("North East");
            assertThat(northEast.met()).isTrue();
            assertThat(northEast.needAreas().get(2).interventions()).extracting(Coverage.CoveringIntervention::name)
                    .containsExactly("Calm", "Managing My Emotions");
            Coverage.RegionCoverage wales = report.regions().get(1);
            assertThat(wales.met()).isFalse();
            assertThat(wales.needAreas().get(0).interventions()).extracting(Coverage.CoveringIntervention::basis)
                    .containsExactly(CORE, ADDITIONAL);
        }

        @Test
        void a_need_area_with_only_additional_offerings_is_not_met() {
            Coverage.RegionCoverage wales = Coverage.report(REGIONS, OFFERED).regions().get(1);
            assertThat(wales.needAreas()).extracting(Coverage.NeedAreaCoverage::needArea)
                    .containsExactly(NeedAreaCode.ATB, NeedAreaCode.DA, NeedAreaCode.EM);
            assertThat(wales.needAreas()).extracting(Coverage.NeedAreaCoverage::met).containsExactly(true, false, true);
            assertThat(wales.needAreas().get(1).interventions()).isNotEmpty();
        }
    }
}
