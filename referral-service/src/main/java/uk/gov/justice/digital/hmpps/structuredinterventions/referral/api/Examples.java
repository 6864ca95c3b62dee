package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

/** Request and answer examples for the OpenAPI document; the contract test checks each against its schema. */
final class Examples {

    private Examples() {
    }

    static final String DETAILS = """
            {
              "crn": "X123456",
              "interventionId": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11",
              "region": "london",
              "deliveryFormat": "GROUP",
              "deliveryMode": "IN_PERSON",
              "dateOfBirth": "1990-04-12",
              "sex": "MALE",
              "offenceCohorts": [],
              "riskOfRecidivism": "LOW",
              "unsuitableForAccreditedProgramme": false,
              "reasonForReferral": "Offending linked to impulsive decisions; the sentence plan names ATB work."
            }
            """;

    static final String TRANSITION = """
            {"to": "WITHDRAWN", "reasonCode": "PERSON_DECLINED", "reason": "Declined after the follow-up session."}
            """;

    static final String HAND_OVER = """
            {"to": "B_PRACTITIONER", "reason": "Covering the caseload while Jo is on leave."}
            """;

    private static final String REFERRAL_FIELDS = """
              "crn": "X123456",
              "interventionId": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11",
              "interventionName": "Positive Pathways",
              "region": "london",
              "deliveryFormat": "GROUP",
              "deliveryMode": "IN_PERSON",
              "dateOfBirth": "1990-04-12",
              "sex": "MALE",
              "offenceCohorts": [],
              "riskOfRecidivism": "LOW",
              "unsuitableForAccreditedProgramme": false,
              "unsuitableForAccreditedProgrammeReason": null,
              "reasonForReferral": "Offending linked to impulsive decisions; the sentence plan names ATB work.",
            """;

    static final String HANDED_OVER = """
            {
              "id": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
              "version": 1,
            """ + REFERRAL_FIELDS + """
              "status": "DRAFT",
              "readinessBarriers": [],
              "readinessAssessment": null,
              "readinessConcern": null,
              "referredBy": "B_PRACTITIONER",
              "createdAt": "2026-11-20T09:15:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-11-21T14:02:00Z",
              "submittedAt": null
            }
            """;

    static final String PAGE = """
            {
              "content": [
                {
                  "id": "0d6c1f7a-52e4-4b8e-a1f3-7c2e9b4d6a18",
                  "version": 4,
            """ + REFERRAL_FIELDS + """
                  "status": "READY_TO_ALLOCATE",
                  "readinessBarriers": [],
                  "readinessAssessment": {"assessmentId": "5a7e3c21-9f4b-4d6a-8e2c-1b3f5d7a9c40",
                    "assessedAt": "2026-11-27T11:30:00Z", "ready": true},
                  "readinessConcern": null,
                  "referredBy": "A_PRACTITIONER",
                  "createdAt": "2026-11-20T09:15:00Z",
                  "updatedBy": "readiness-service",
                  "updatedAt": "2026-11-27T11:30:02Z",
                  "submittedAt": "2026-11-20T09:40:00Z"
                }
              ],
              "page": 0,
              "size": 20,
              "totalElements": 1,
              "totalPages": 1,
              "totalElementsExact": true
            }
            """;

    static final String DRAFTED = """
            {
              "id": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
              "version": 0,
            """ + REFERRAL_FIELDS + """
              "status": "DRAFT",
              "readinessBarriers": [],
              "readinessAssessment": null,
              "readinessConcern": null,
              "referredBy": "A_PRACTITIONER",
              "createdAt": "2026-11-20T09:15:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-11-20T09:15:00Z",
              "submittedAt": null
            }
            """;

    static final String SUBMITTED = """
            {
              "id": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
              "version": 2,
            """ + REFERRAL_FIELDS + """
              "status": "AWAITING_READINESS",
              "readinessBarriers": [],
              "readinessAssessment": null,
              "readinessConcern": null,
              "referredBy": "A_PRACTITIONER",
              "createdAt": "2026-11-20T09:15:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-11-20T09:40:00Z",
              "submittedAt": "2026-11-20T09:40:00Z"
            }
            """;

    static final String NOT_READY = """
            {
              "id": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
              "version": 3,
            """ + REFERRAL_FIELDS + """
              "status": "SUITABLE_BUT_NOT_READY",
              "readinessBarriers": ["WORK_PATTERN", "TECHNOLOGY_ACCESS"],
              "readinessAssessment": {"assessmentId": "5a7e3c21-9f4b-4d6a-8e2c-1b3f5d7a9c40",
                "assessedAt": "2026-11-27T11:30:00Z", "ready": false},
              "readinessConcern": null,
              "referredBy": "A_PRACTITIONER",
              "createdAt": "2026-11-20T09:15:00Z",
              "updatedBy": "readiness-service",
              "updatedAt": "2026-11-27T11:30:02Z",
              "submittedAt": "2026-11-20T09:40:00Z"
            }
            """;

    static final String WITHDRAWN = """
            {
              "id": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
              "version": 4,
            """ + REFERRAL_FIELDS + """
              "status": "WITHDRAWN",
              "readinessBarriers": ["WORK_PATTERN", "TECHNOLOGY_ACCESS"],
              "readinessAssessment": {"assessmentId": "5a7e3c21-9f4b-4d6a-8e2c-1b3f5d7a9c40",
                "assessedAt": "2026-11-27T11:30:00Z", "ready": false},
              "readinessConcern": null,
              "referredBy": "A_PRACTITIONER",
              "createdAt": "2026-11-20T09:15:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-12-01T10:05:00Z",
              "submittedAt": "2026-11-20T09:40:00Z"
            }
            """;

    static final String HISTORY = """
            [
              {"from": "DRAFT", "to": "AWAITING_READINESS", "trigger": "SUBMISSION", "reasonCode": null, "reason": null,
               "notes": null, "changedBy": "A_PRACTITIONER", "changedAt": "2026-11-20T09:40:00Z"},
              {"from": "AWAITING_READINESS", "to": "SUITABLE_BUT_NOT_READY", "trigger": "READINESS_EVENT",
               "reasonCode": null, "reason": "Assessed not ready: [WORK_PATTERN, TECHNOLOGY_ACCESS]", "notes": null,
               "changedBy": "readiness-service", "changedAt": "2026-11-27T11:30:02Z"},
              {"from": "SUITABLE_BUT_NOT_READY", "to": "WITHDRAWN", "trigger": "MANUAL", "reasonCode": "PERSON_DECLINED",
               "reason": "Declined after the follow-up session.", "notes": null, "changedBy": "A_PRACTITIONER",
               "changedAt": "2026-12-01T10:05:00Z"}
            ]
            """;

    static final String TRANSITIONS = """
            [
              {"from": "DRAFT", "to": "AWAITING_READINESS", "trigger": "SUBMISSION",
               "roles": ["ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER"], "reasonRequired": false, "reasonCodes": []},
              {"from": "AWAITING_READINESS", "to": "READY_TO_ALLOCATE", "trigger": "READINESS_EVENT", "roles": [],
               "reasonRequired": false, "reasonCodes": []},
              {"from": "READY_TO_ALLOCATE", "to": "ALLOCATED", "trigger": "MANUAL",
               "roles": ["ROLE_STRUCTURED_INTERVENTIONS__TREATMENT_MANAGER"], "reasonRequired": false, "reasonCodes": []},
              {"from": "AWAITING_READINESS", "to": "WITHDRAWN", "trigger": "MANUAL",
               "roles": ["ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER"], "reasonRequired": true,
               "reasonCodes": ["NO_LONGER_NEEDED", "NOT_SUITABLE", "PERSON_DECLINED", "SENTENCE_ENDED",
                 "INTERVENTION_UNAVAILABLE", "REFERRED_IN_ERROR", "OTHER"]}
            ]
            """;
}
