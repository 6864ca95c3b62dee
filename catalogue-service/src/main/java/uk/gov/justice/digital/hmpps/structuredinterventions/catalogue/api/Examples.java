package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

/** Request and answer examples for the OpenAPI document; the contract test checks each against its schema. */
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

    private static final String POSITIVE_PATHWAYS_FIELDS = """
              "id": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11",
              "version": 3,
              "type": "STRUCTURED_INTERVENTION",
              "status": "PUBLISHED",
              "name": "Positive Pathways",
              "needArea": "ATB",
              "summary": "A strengths-based programme, built on current desistance principles, that helps participants manage the challenges linked to their offending.",
              "description": "Positive Pathways supports people to move away from offending by building up three things: their personal agency, their social capital and the strategies they use to manage themselves. It starts from what participants already do well rather than from their deficits.",
              "focusAreas": ["personal agency", "social capital", "self-management strategies"],
              "approach": "Strengths-based and grounded in current desistance principles: it works with participants to build agency, social capital and self-management.",
              "sessionPlan": {"preGroupSessions": 1, "coreSessions": 6, "totalSessions": 7},
              "deliveryFormats": ["GROUP"],
              "deliveryModes": ["IN_PERSON", "ONLINE"],
              "eligibility": {"minimumAge": 18, "maximumAge": null, "sexes": ["MALE", "FEMALE"], "offenceCohorts": []},
              "suitabilityGuidance": "For people who present a low risk of reoffending and/or are not suitable for an Accredited Programme, whose offending is linked to the way they make decisions, solve problems, pursue goals or are influenced by anti-social relationships.",
              "exclusions": ["A risk of reoffending or a need that calls for an Accredited Programme"],
              "alternativeAccreditedProgramme": null,
              "approval": {
                "panel": "HMPPS Effective Interventions Panel",
                "approved": true,
                "decidedOn": "2026-09-14",
                "principles": [
                  {"principle": "MODEL_OF_CHANGE", "met": true, "notes": "Met; recorded when the catalogue was first loaded."},
                  {"principle": "SELECTION_OF_PARTICIPANTS", "met": true, "notes": "Met; recorded when the catalogue was first loaded."},
                  {"principle": "DYNAMIC_RISK_FACTORS", "met": true, "notes": "Met; recorded when the catalogue was first loaded."},
                  {"principle": "EFFECTIVE_METHODS", "met": true, "notes": "Met; recorded when the catalogue was first loaded."},
                  {"principle": "SKILLS_ORIENTATED", "met": true, "notes": "Met; recorded when the catalogue was first loaded."},
                  {"principle": "SEQUENCING_INTENSITY_AND_DURATION", "met": true, "notes": "Met; recorded when the catalogue was first loaded."},
                  {"principle": "ENGAGEMENT_AND_MOTIVATION", "met": true, "notes": "Met; recorded when the catalogue was first loaded."}
                ],
                "recordedBy": "catalogue-seed",
                "recordedAt": "2026-09-14T08:00:00Z"
              },
              "offerings": [
                {"region": "london", "basis": "CORE", "deliveryFormats": ["GROUP"], "deliveryModes": ["IN_PERSON"],
                 "decidedBy": null, "decidedOn": null, "openedBy": "catalogue-seed", "openedAt": "2026-09-14T08:00:00Z",
                 "updatedBy": "catalogue-seed", "updatedAt": "2026-09-14T08:00:00Z"},
                {"region": "wales", "basis": "CORE", "deliveryFormats": ["GROUP"], "deliveryModes": ["IN_PERSON", "ONLINE"],
                 "decidedBy": null, "decidedOn": null, "openedBy": "catalogue-seed", "openedAt": "2026-09-14T08:00:00Z",
                 "updatedBy": "A_CATALOGUE_ADMIN", "updatedAt": "2026-11-03T10:20:00Z"}
              ],
              "withdrawal": null,
              "createdBy": "catalogue-seed",
              "createdAt": "2026-09-14T08:00:00Z",
              "updatedBy": "A_CATALOGUE_ADMIN",
              "updatedAt": "2026-11-03T10:20:00Z",
              "publishedBy": "catalogue-seed",
              "publishedAt": "2026-09-14T08:00:00Z"
            """;

    static final String POSITIVE_PATHWAYS = "{" + POSITIVE_PATHWAYS_FIELDS + "}";

    static final String PAGE = """
            {
              "content": [{""" + POSITIVE_PATHWAYS_FIELDS + """
              }],
              "page": 0,
              "size": 20,
              "totalElements": 1,
              "totalPages": 1,
              "totalElementsExact": true
            }
            """;

    private static final String STEERING_CLEAR_FIELDS = """
              "id": "8a3d5e7f-2b4c-4f6a-9e1d-3c5b7a9f0e12",
              "type": "STRUCTURED_INTERVENTION",
              "name": "Steering Clear",
              "needArea": "ATB",
              "summary": "A group programme for 18 to 25 year olds convicted of dangerous or drink driving.",
              "description": "Helps young drivers see how their choices on the road put themselves and others at risk, and build the skills to make different ones.",
              "focusAreas": ["making decisions", "solving problems"],
              "approach": "Strengths-based, with practical exercises on decisions under pressure.",
              "sessionPlan": {"preGroupSessions": 1, "coreSessions": 5, "totalSessions": 6},
              "deliveryFormats": ["GROUP"],
              "deliveryModes": ["IN_PERSON"],
              "eligibility": {"minimumAge": 18, "maximumAge": 25, "sexes": ["MALE", "FEMALE"],
                              "offenceCohorts": ["DANGEROUS_DRIVING", "DRINK_DRIVING"]},
              "suitabilityGuidance": "For people who present a low risk of reoffending and/or are not suitable for an Accredited Programme.",
              "exclusions": ["A risk or need that calls for an Accredited Programme"],
              "alternativeAccreditedProgramme": null,
              "offerings": [],
              "createdBy": "A_CATALOGUE_ADMIN",
              "createdAt": "2026-09-28T13:05:00Z",
            """;

    private static final String STEERING_CLEAR_APPROVAL = """
              "approval": {
                "panel": "HMPPS Effective Interventions Panel",
                "approved": true,
                "decidedOn": "2026-10-01",
                "principles": [
                {"principle": "MODEL_OF_CHANGE", "met": true, "notes": "Theory of change set out and referenced."},
                {"principle": "SELECTION_OF_PARTICIPANTS", "met": true, "notes": null},
                {"principle": "DYNAMIC_RISK_FACTORS", "met": true, "notes": null},
                {"principle": "EFFECTIVE_METHODS", "met": true, "notes": null},
                {"principle": "SKILLS_ORIENTATED", "met": true, "notes": null},
                {"principle": "SEQUENCING_INTENSITY_AND_DURATION", "met": true, "notes": null},
                {"principle": "ENGAGEMENT_AND_MOTIVATION", "met": true, "notes": null}
                ],
                "recordedBy": "A_CATALOGUE_ADMIN",
                "recordedAt": "2026-10-02T09:30:00Z"
              },
            """;

    static final String DRAFTED = "{" + STEERING_CLEAR_FIELDS + """
              "version": 0,
              "status": "DRAFT",
              "approval": null,
              "withdrawal": null,
              "updatedBy": "A_CATALOGUE_ADMIN",
              "updatedAt": "2026-09-28T13:05:00Z",
              "publishedBy": null,
              "publishedAt": null
            }
            """;

    static final String APPROVED = "{" + STEERING_CLEAR_FIELDS + STEERING_CLEAR_APPROVAL + """
              "version": 1,
              "status": "DRAFT",
              "withdrawal": null,
              "updatedBy": "A_CATALOGUE_ADMIN",
              "updatedAt": "2026-10-02T09:30:00Z",
              "publishedBy": null,
              "publishedAt": null
            }
            """;

    static final String PUBLISHED = "{" + STEERING_CLEAR_FIELDS + STEERING_CLEAR_APPROVAL + """
              "version": 2,
              "status": "PUBLISHED",
              "withdrawal": null,
              "updatedBy": "A_CATALOGUE_ADMIN",
              "updatedAt": "2026-10-02T09:45:00Z",
              "publishedBy": "A_CATALOGUE_ADMIN",
              "publishedAt": "2026-10-02T09:45:00Z"
            }
            """;

    static final String WITHDRAWN = "{" + STEERING_CLEAR_FIELDS + STEERING_CLEAR_APPROVAL + """
              "version": 3,
              "status": "WITHDRAWN",
              "withdrawal": {"reason": "Replaced by a revised programme from 1 April.", "withdrawnBy": "A_CATALOGUE_ADMIN",
                "withdrawnAt": "2027-03-31T17:00:00Z"},
              "updatedBy": "A_CATALOGUE_ADMIN",
              "updatedAt": "2027-03-31T17:00:00Z",
              "publishedBy": "A_CATALOGUE_ADMIN",
              "publishedAt": "2026-10-02T09:45:00Z"
            }
            """;

    private static final String ATB = """
            {
              "code": "ATB",
              "name": "Attitudes, Thinking and Behaviour",
              "description": "Interventions that aim to reduce reoffending by building skills that help participants overcome challenges and lead a purposeful, pro-social life. Some work with a particular cohort, such as 18 to 25 year olds or people convicted of dangerous or drink driving.",
              "focusAreas": ["making decisions", "solving problems", "achieving their goals",
                "managing the influence of anti-social relationships", "using pro-social interpersonal skills"]
            }
            """;

    static final String NEED_AREA = ATB;

    static final String NEED_AREA_REVISED = """
            {
              "code": "EM",
              "name": "Emotional Management",
              "description": "Interventions that help participants understand their use of violence and move towards a life free of it.",
              "focusAreas": ["understanding their use of violence", "setting realistic and meaningful personal goals"]
            }
            """;

    static final String NEED_AREAS = "[" + ATB + """
            ,
            {
              "code": "DA",
              "name": "Domestic Abuse",
              "description": "Interventions that aim to reduce intimate partner violence by building skills that help participants overcome challenges in relationships and lead a purposeful, pro-social life.",
              "focusAreas": ["attitudes that support healthy relationships", "aggression and anger management",
                "emotional mismanagement and self-regulation", "social skills", "conflict management skills"]
            },
            {
              "code": "EM",
              "name": "Emotional Management",
              "description": "Interventions that help participants explore and understand their use of violence, motivate them towards a life free of violence, and strengthen the resources and protective factors that make aggression less likely.",
              "focusAreas": ["understanding their use of violence", "motivation towards a violence-free life",
                "strengthening resources and protective factors", "setting realistic and meaningful personal goals"]
            }
            ]
            """;

    static final String REGIONS = """
            [
              {"code": "north-east", "name": "North East"},
              {"code": "north-west", "name": "North West"},
              {"code": "yorkshire-and-the-humber", "name": "Yorkshire and the Humber"},
              {"code": "greater-manchester", "name": "Greater Manchester"},
              {"code": "east-midlands", "name": "East Midlands"},
              {"code": "west-midlands", "name": "West Midlands"},
              {"code": "east-of-england", "name": "East of England"},
              {"code": "wales", "name": "Wales"},
              {"code": "london", "name": "London"},
              {"code": "kent-surrey-and-sussex", "name": "Kent, Surrey and Sussex"},
              {"code": "south-central", "name": "South Central"},
              {"code": "south-west", "name": "South West"}
            ]
            """;

    private static final String CORE_OFFERING = """
            {
              "intervention": {"id": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11", "name": "Positive Pathways"},
              "interventionVersion": 3,
              "needArea": "ATB",
              "status": "PUBLISHED",
              "offering": {"region": "london", "basis": "CORE", "deliveryFormats": ["GROUP"], "deliveryModes": ["IN_PERSON"],
                "decidedBy": null, "decidedOn": null, "openedBy": "catalogue-seed", "openedAt": "2026-09-14T08:00:00Z",
                "updatedBy": "catalogue-seed", "updatedAt": "2026-09-14T08:00:00Z"}
            }
            """;

    static final String REGION_OFFERING = CORE_OFFERING;

    static final String ADDITIONAL_OFFERING = """
            {
              "intervention": {"id": "8a3d5e7f-2b4c-4f6a-9e1d-3c5b7a9f0e12", "name": "Steering Clear"},
              "interventionVersion": 2,
              "needArea": "ATB",
              "status": "PUBLISHED",
              "offering": {"region": "london", "basis": "ADDITIONAL", "deliveryFormats": ["GROUP"],
                "deliveryModes": ["IN_PERSON", "ONLINE"], "decidedBy": "A_REGIONAL_PROBATION_DIRECTOR",
                "decidedOn": "2026-10-15", "openedBy": "A_CATALOGUE_ADMIN", "openedAt": "2026-10-16T11:00:00Z",
                "updatedBy": "A_CATALOGUE_ADMIN", "updatedAt": "2026-10-16T11:00:00Z"}
            }
            """;

    static final String REGION_OFFERINGS = "[" + CORE_OFFERING + """
            ,
            {
              "intervention": {"id": "2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22", "name": "Positive Pathways Plus"},
              "interventionVersion": 2,
              "needArea": "DA",
              "status": "PUBLISHED",
              "offering": {"region": "london", "basis": "CORE", "deliveryFormats": ["GROUP"], "deliveryModes": ["IN_PERSON"],
                "decidedBy": null, "decidedOn": null, "openedBy": "catalogue-seed", "openedAt": "2026-09-14T08:00:00Z",
                "updatedBy": "catalogue-seed", "updatedAt": "2026-09-14T08:00:00Z"}
            },
            {
              "intervention": {"id": "3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33", "name": "Managing My Emotions"},
              "interventionVersion": 2,
              "needArea": "EM",
              "status": "PUBLISHED",
              "offering": {"region": "london", "basis": "CORE", "deliveryFormats": ["GROUP"], "deliveryModes": ["IN_PERSON"],
                "decidedBy": null, "decidedOn": null, "openedBy": "catalogue-seed", "openedAt": "2026-09-14T08:00:00Z",
                "updatedBy": "catalogue-seed", "updatedAt": "2026-09-14T08:00:00Z"}
            }
            ]
            """;

    static final String COVERAGE = """
            {
              "met": false,
              "regions": [
                {"region": "london", "name": "London", "met": true, "needAreas": [
                  {"needArea": "ATB", "met": true, "interventions": [
                    {"id": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11", "name": "Positive Pathways", "basis": "CORE"},
                    {"id": "8a3d5e7f-2b4c-4f6a-9e1d-3c5b7a9f0e12", "name": "Steering Clear", "basis": "ADDITIONAL"}]},
                  {"needArea": "DA", "met": true, "interventions": [
                    {"id": "2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22", "name": "Positive Pathways Plus", "basis": "CORE"}]},
                  {"needArea": "EM", "met": true, "interventions": [
                    {"id": "3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33", "name": "Managing My Emotions", "basis": "CORE"}]}]},
                {"region": "wales", "name": "Wales", "met": false, "needAreas": [
                  {"needArea": "ATB", "met": true, "interventions": [
                    {"id": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11", "name": "Positive Pathways", "basis": "CORE"}]},
                  {"needArea": "DA", "met": true, "interventions": [
                    {"id": "2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22", "name": "Positive Pathways Plus", "basis": "CORE"}]},
                  {"needArea": "EM", "met": false, "interventions": []}]}
              ]
            }
            """;

    static final String CSAAP_PRINCIPLES = """
            [
              {"code": "MODEL_OF_CHANGE", "title": "A clear model of change", "description": "The intervention rests on an explained, evidence-based account of how it reduces reoffending."},
              {"code": "SELECTION_OF_PARTICIPANTS", "title": "Selection of participants", "description": "It states whom it is for and how they are identified and assessed as suitable."},
              {"code": "DYNAMIC_RISK_FACTORS", "title": "Targeting dynamic risk factors", "description": "It works on the changeable factors linked to the participant's offending."},
              {"code": "EFFECTIVE_METHODS", "title": "Effective methods", "description": "It uses methods with evidence that they change the targeted factors."},
              {"code": "SKILLS_ORIENTATED", "title": "Skills orientated", "description": "It builds skills participants can use to live without offending."},
              {"code": "SEQUENCING_INTENSITY_AND_DURATION", "title": "Sequencing, intensity and duration", "description": "Its sessions are ordered, and its length and intensity match participants' needs and risk."},
              {"code": "ENGAGEMENT_AND_MOTIVATION", "title": "Engagement and motivation", "description": "It engages participants and builds and keeps their motivation to take part and change."}
            ]
            """;
}
