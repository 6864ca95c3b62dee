package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class PanelApprovalTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");
    private static final LocalDate DECIDED_ON = LocalDate.parse("2026-10-01");

    private static PanelAssessment assessment(CsaapPrinciple... notMet) {
        return InterventionTest.assessment(notMet);
    }

    private static List<PrincipleAssessment> reversed(List<PrincipleAssessment> principles) {
        List<PrincipleAssessment> reversed = new ArrayList<>(principles);
        Collections.reverse(reversed);
        return reversed;
    }

    @Nested
    class Recording {

        @Test
        void keeps_the_findings_in_principle_order_with_blank_notes_left_out() {
            List<PrincipleAssessment> reversed = reversed(assessment().principles());
            reversed.set(0, new PrincipleAssessment(reversed.get(0).principle(), true, "  "));
            reversed.set(1, new PrincipleAssessment(reversed.get(1).principle(), true, "Referenced."));

            PanelApproval approval = PanelApproval.of(new PanelAssessment(DECIDED_ON, reversed), "ADMIN", NOW);

            assertThat(approval.principles()).extracting(PrincipleAssessment::principle)
                    .containsExactly(CsaapPrinciple.values());
            assertThat(approval.principles()).extracting(PrincipleAssessment::notes).containsOnlyOnce("Referenced.")
                    .containsOnly(null, "Referenced.");
            assertThat(approval.decidedOn()).isEqualTo(DECIDED_ON);
            assertThat(approval.recordedBy()).isEqualTo("ADMIN");
            assertThat(approval.recordedAt()).isEqualTo(NOW);
        }

        @Test
        void an_assessment_must_assess_each_of_the_seven_principles_once() {
            List<PrincipleAssessment> six = new ArrayList<>(assessment().principles().subList(0, 6));
            six.add(new PrincipleAssessment(CsaapPrinciple.MODEL_OF_CHANGE, true, null));
            PanelAssessment repeated = new PanelAssessment(DECIDED_ON, six);

            List<FieldError> expected = List.of(
                    new FieldError("principles[6].principle", "assesses MODEL_OF_CHANGE a second time"),
                    new FieldError("principles",
                            "must assess each of the seven core CSAAP principles; missing ENGAGEMENT_AND_MOTIVATION"));
            assertThat(PanelApproval.check(repeated)).isEqualTo(expected);
            assertThatThrownBy(() -> PanelApproval.of(repeated, "ADMIN", NOW))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.RULE_BROKEN);
                        assertThat(e.errors()).isEqualTo(expected);
                    });
        }

        @Test
        void an_empty_assessment_misses_every_principle() {
            assertThat(PanelApproval.check(new PanelAssessment(DECIDED_ON, List.of())))
                    .extracting(FieldError::field).containsExactly("principles");
        }

        @Test
        void a_complete_assessment_breaks_no_rule() {
            assertThat(PanelApproval.check(assessment(CsaapPrinciple.SKILLS_ORIENTATED))).isEmpty();
        }
    }

    @Nested
    class Approving {

        @Test
        void approves_when_the_panel_finds_all_seven_principles_met() {
            PanelApproval approval = PanelApproval.of(assessment(), "ADMIN", NOW);

            assertThat(approval.approved()).isTrue();
            assertThat(approval.principlesNotMet()).isEmpty();
        }

        @Test
        void does_not_approve_and_names_each_principle_not_met_in_principle_order() {
            PanelApproval approval = PanelApproval.of(
                    assessment(CsaapPrinciple.SKILLS_ORIENTATED, CsaapPrinciple.MODEL_OF_CHANGE), "ADMIN", NOW);

            assertThat(approval.approved()).isFalse();
            assertThat(approval.principlesNotMet()).containsExactly(
                    new FieldError("approval.principles[MODEL_OF_CHANGE]",
                            "the panel did not find \"A clear model of change\" met"),
                    new FieldError("approval.principles[SKILLS_ORIENTATED]",
                            "the panel did not find \"Skills orientated\" met"));
        }
    }

    @Nested
    class As_a_value {

        @Test
        void two_approvals_recording_the_same_findings_by_the_same_person_at_the_same_time_are_equal() {
            PanelApproval one = PanelApproval.of(assessment(), "ADMIN", NOW);
            PanelApproval other = PanelApproval.of(new PanelAssessment(DECIDED_ON, reversed(assessment().principles())),
                    "ADMIN", NOW);

            assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        }

        @Test
        void a_different_finding_or_recorder_makes_a_different_approval() {
            PanelApproval approval = PanelApproval.of(assessment(), "ADMIN", NOW);

            assertThat(approval).isNotEqualTo(PanelApproval.of(assessment(CsaapPrinciple.EFFECTIVE_METHODS), "ADMIN", NOW));
            assertThat(approval).isNotEqualTo(PanelApproval.of(assessment(), "OTHER", NOW));
        }

        @Test
        void its_findings_cannot_be_changed_through_what_it_shows() {
            PanelApproval approval = PanelApproval.of(assessment(), "ADMIN", NOW);

            assertThatThrownBy(() -> approval.principles().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void its_view_names_the_panel_and_says_whether_it_approves() {
        PanelApproval approval = PanelApproval.of(assessment(CsaapPrinciple.EFFECTIVE_METHODS), "ADMIN", NOW);

        assertThat(approval.view()).isEqualTo(new InterventionView.Approval("HMPPS Effective Interventions Panel",
                DECIDED_ON, false, approval.principles(), "ADMIN", NOW));
    }
}
