package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

/** Request examples for the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String DEFINITION = """
            {
              "type": "STRUCTURED_INTERVENTION",
              "name": "Steering Clear",
              "needArea": "ATB",
              "summary": "A group programme for 18 to 25 year olds convicted of dangerous or drink driving.",
              "description": "Helps young drivers see how their choices on the road put themselves and others at risk, and build the skills to make different ones.",
              "focusAreas": ["making decisions", "solving problems"],
              "approach": "Strengths-based, with practical exercises on decisions under pressure.",
              "sessionPlan": {"preGroupSessions": 1, "coreSessions": 5},
              "deliveryFormats": ["GROUP"],
              "deliveryModes": ["IN_PERSON"],
              "eligibility": {"minimumAge": 18, "maximumAge": 25, "sexes": ["MALE", "FEMALE"],
                              "offenceCohorts": ["DANGEROUS_DRIVING", "DRINK_DRIVING"]},
              "suitabilityGuidance": "For people who present a low risk of reoffending and/or are not suitable for an Accredited Programme.",
              "exclusions": ["A risk or need that calls for an Accredited Programme"],
              "alternativeAccreditedProgrammeId": null
            }
            """;

    static final String APPROVAL = """
            {
              "decidedOn": "2026-10-01",
              "principles": [
                {"principle": "MODEL_OF_CHANGE", "met": true, "notes": "Theory of change set out and referenced."},
                {"principle": "SELECTION_OF_PARTICIPANTS", "met": true},
                {"principle": "DYNAMIC_RISK_FACTORS", "met": true},
                {"principle": "EFFECTIVE_METHODS", "met": true},
                {"principle": "SKILLS_ORIENTATED", "met": true},
                {"principle": "SEQUENCING_INTENSITY_AND_DURATION", "met": true},
                {"principle": "ENGAGEMENT_AND_MOTIVATION", "met": true}
              ]
            }
            """;

    static final String OFFERING = """
            {
              "deliveryFormats": ["GROUP"],
              "deliveryModes": ["IN_PERSON", "ONLINE"],
              "basis": "ADDITIONAL",
              "decidedOn": "2026-10-15"
            }
            """;

    static final String WITHDRAWAL = """
            {"reason": "Replaced by a revised programme from 1 April."}
            """;

    static final String NEED_AREA_REVISION = """
            {
              "name": "Emotional Management",
              "description": "Interventions that help participants understand their use of violence and move towards a life free of it.",
              "focusAreas": ["understanding their use of violence", "setting realistic and meaningful personal goals"]
            }
            """;
}
