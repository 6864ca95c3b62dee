package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class CoverageTest {

    private static final UUID PP = UUID.randomUUID();
    private static final UUID PPP = UUID.randomUUID();
    private static final UUID MME = UUID.randomUUID();
    private static final UUID EXTRA = UUID.randomUUID();

    private static final List<Region> REGIONS = List.of(new Region("wales", "Wales", 8),
            new Region("north-east", "North East", 1));

    private static final List<Coverage.Offered> OFFERED = List.of(
            new Coverage.Offered("north-east", NeedAreaCode.ATB, PP, "Positive Pathways"),
            new Coverage.Offered("north-east", NeedAreaCode.DA, PPP, "Positive Pathways Plus"),
            new Coverage.Offered("north-east", NeedAreaCode.EM, MME, "Managing My Emotions"),
            new Coverage.Offered("north-east", NeedAreaCode.EM, EXTRA, "Calm"),
            new Coverage.Offered("wales", NeedAreaCode.ATB, PP, "Positive Pathways"),
            new Coverage.Offered("wales", NeedAreaCode.EM, MME, "Managing My Emotions"));

    @Test
    void removing_the_only_intervention_of_a_need_area_in_a_region_leaves_a_gap() {
        assertThat(Coverage.gapsLeftBy(OFFERED, o -> o.region().equals("wales") && o.interventionId().equals(MME)))
                .containsExactly(new Coverage.Gap("wales", NeedAreaCode.EM));
    }

    @Test
    void removing_one_of_two_in_a_need_area_leaves_no_gap() {
        assertThat(Coverage.gapsLeftBy(OFFERED, o -> o.region().equals("north-east") && o.interventionId().equals(MME)))
                .isEmpty();
    }

    @Test
    void withdrawing_an_intervention_counts_every_region_it_is_the_last_in() {
        assertThat(Coverage.gapsLeftBy(OFFERED, o -> o.interventionId().equals(PP))).containsExactly(
                new Coverage.Gap("north-east", NeedAreaCode.ATB), new Coverage.Gap("wales", NeedAreaCode.ATB));
    }

    @Test
    void a_gap_that_was_already_there_is_not_the_changes_fault() {
        // Wales has no DA intervention; closing its ATB one is refused only for ATB.
        assertThat(Coverage.gapsLeftBy(OFFERED, o -> o.region().equals("wales") && o.needArea() == NeedAreaCode.ATB))
                .containsExactly(new Coverage.Gap("wales", NeedAreaCode.ATB));
    }

    @Test
    void a_refusal_is_a_conflict_naming_each_region_and_need_area() {
        List<Coverage.Gap> gaps = List.of(new Coverage.Gap("wales", NeedAreaCode.EM));
        assertThatThrownBy(() -> Coverage.refuseGaps("Closing Managing My Emotions in Wales", gaps, code -> "Wales"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
                    assertThat(e.userMessage()).startsWith(
                            "Closing Managing My Emotions in Wales would leave no Structured Intervention for Wales in EM.");
                    assertThat(e.errors()).containsExactly(
                            new FieldError("coverage", "Wales (wales) would have no Structured Intervention in need area EM"));
                });
        Coverage.refuseGaps("Nothing", List.of(), code -> code);
    }

    @Test
    void the_report_shows_each_region_in_order_against_each_need_area() {
        Coverage.Report report = Coverage.report(REGIONS, OFFERED);
        assertThat(report.met()).isFalse();
        assertThat(report.regions()).extracting(Coverage.RegionCoverage::region).containsExactly("north-east", "wales");
        Coverage.RegionCoverage northEast = report.regions().get(0);
        assertThat(northEast.met()).isTrue();
        assertThat(northEast.needAreas().get(2).interventions()).extracting(InterventionView.InterventionReference::name)
                .containsExactly("Calm", "Managing My Emotions");
        Coverage.RegionCoverage wales = report.regions().get(1);
        assertThat(wales.met()).isFalse();
        assertThat(wales.needAreas()).extracting(Coverage.NeedAreaCoverage::met).containsExactly(true, false, true);
    }
}
