package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

/**
 * The seven core principles of the Correctional Services Accreditation and Advice Panel (CSAAP) against which the
 * HMPPS Effective Interventions Panel assesses a Structured Intervention. An approval records an assessment against
 * each of them; a Structured Intervention is published only when all seven are met.
 */
public enum CsaapPrinciple {
    MODEL_OF_CHANGE("A clear model of change", "The intervention rests on an explained, evidence-based account of how it reduces reoffending."),
    SELECTION_OF_PARTICIPANTS("Selection of participants", "It states whom it is for and how they are identified and assessed as suitable."),
    DYNAMIC_RISK_FACTORS("Targeting dynamic risk factors", "It works on the changeable factors linked to the participant's offending."),
    EFFECTIVE_METHODS("Effective methods", "It uses methods with evidence that they change the targeted factors."),
    SKILLS_ORIENTATED("Skills orientated", "It builds skills participants can use to live without offending."),
    SEQUENCING_INTENSITY_AND_DURATION("Sequencing, intensity and duration", "Its sessions are ordered, and its length and intensity match participants' needs and risk."),
    ENGAGEMENT_AND_MOTIVATION("Engagement and motivation", "It engages participants and builds and keeps their motivation to take part and change.");

    private final String title;
    private final String description;

    CsaapPrinciple(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
