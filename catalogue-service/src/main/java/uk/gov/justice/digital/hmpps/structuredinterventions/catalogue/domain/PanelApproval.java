package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text.Texts;

/**
 * The HMPPS Effective Interventions Panel's recorded assessment of an intervention: the day it decided, its finding on
 * each of the seven core CSAAP principles, in principle order, and who recorded it when. It approves the intervention
 * only when it finds all seven met. A value: a new assessment replaces it whole.
 *
 * <p>{@link Intervention} keeps its parts in its own columns and its findings in {@code intervention_principle_assessment},
 * rather than as an {@code @Embeddable}: Hibernate always instantiates an embeddable that holds a collection, so "no
 * approval" could not be told apart, and it cannot refresh such an entity under a pessimistic lock.
 */
public record PanelApproval(LocalDate decidedOn, List<PrincipleAssessment> principles, String recordedBy,
        OffsetDateTime recordedAt) {

    public static final String PANEL = "HMPPS Effective Interventions Panel";

    static final String CANNOT_RECORD = "The panel's assessment cannot be recorded like this";

    public PanelApproval {
        principles = List.copyOf(principles);
    }

    /**
     * The panel's assessment as recorded: its findings in principle order, blank notes left out.
     *
     * @throws ProblemException (422) when {@link #check} finds the assessment incomplete
     */
    public static PanelApproval of(PanelAssessment assessment, String by, OffsetDateTime at) {
        List<FieldError> broken = check(assessment);
        ProblemException.throwIfBroken(CANNOT_RECORD, broken);
        return new PanelApproval(assessment.decidedOn(), assessment.principles().stream()
                .sorted(Comparator.comparing(PrincipleAssessment::principle))
                .map(p -> new PrincipleAssessment(p.principle(), p.met(), Texts.blankToNull(p.notes())))
                .toList(), by, at);
    }

    /** An assessment assesses each of the seven core CSAAP principles once: an error for each repeat and for any left out. */
    public static List<FieldError> check(PanelAssessment assessment) {
        List<FieldError> broken = new ArrayList<>();
        Set<CsaapPrinciple> assessed = EnumSet.noneOf(CsaapPrinciple.class);
        List<PrincipleAssessment> principles = assessment.principles();
        for (int i = 0; i < principles.size(); i++) {
            if (!assessed.add(principles.get(i).principle())) {
                broken.add(new FieldError("principles[" + i + "].principle",
                        "assesses " + principles.get(i).principle() + " a second time"));
            }
        }
        Set<CsaapPrinciple> missing = allBut(assessed);
        if (!missing.isEmpty()) {
            broken.add(new FieldError("principles", "must assess each of the seven core CSAAP principles; missing "
                    + missing.stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        return broken;
    }

    /** True when the panel found all seven core CSAAP principles met. */
    public boolean approved() {
        return notMet().isEmpty();
    }

    /** What stops publishing: an error under {@code approval.principles[…]} for each principle the panel did not find met. */
    public List<FieldError> principlesNotMet() {
        return notMet().stream().map(principle -> new FieldError("approval.principles[" + principle + "]",
                "the panel did not find \"" + principle.title() + "\" met")).toList();
    }

    private Set<CsaapPrinciple> notMet() {
        return allBut(principles.stream().filter(p -> Boolean.TRUE.equals(p.met())).map(PrincipleAssessment::principle)
                .collect(Collectors.toSet()));
    }

    private static Set<CsaapPrinciple> allBut(Set<CsaapPrinciple> principles) {
        Set<CsaapPrinciple> rest = EnumSet.allOf(CsaapPrinciple.class);
        rest.removeAll(principles);
        return rest;
    }

    public InterventionView.Approval view() {
        return new InterventionView.Approval(PANEL, decidedOn, approved(), principles, recordedBy, recordedAt);
    }
}
