package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

/** Request and answer examples for the OpenAPI document; the contract test checks each against its schema. */
final class Examples {

    static final String CONTACT = """
            {
              "crn": "X123456",
              "type": "OTHER_REHABILITATIVE_ACTIVITY",
              "date": "2026-11-20",
              "startTime": "14:00",
              "endTime": "15:30",
              "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
              "outcome": "ATTENDED_COMPLIED",
              "notes": "Worked through the budgeting exercise.",
              "rarRequirementId": 2500012345
            }""";

    static final String BOOKED_CONTACT = """
            {
              "crn": "X123456",
              "type": "OTHER_REHABILITATIVE_ACTIVITY",
              "date": "2026-12-04",
              "startTime": "10:00",
              "endTime": "11:00",
              "deliveredBy": {"name": "Sam Jones", "role": "INTERVENTIONS_TEAM_MEMBER"}
            }""";

    static final String MODULE_CONTACT_REFUSED = """
            {
              "type": "urn:hmpps:structured-interventions:problem:rule-broken",
              "title": "Unprocessable Content",
              "status": 422,
              "detail": "Contacts of the pre-intervention module are recorded through readiness-service",
              "userMessage": "Contacts of the pre-intervention module are recorded through readiness-service",
              "errors": [{"field": "type", "message": "cannot be recorded by hand: Pre-intervention module: \
            follow-up (pre-work contact) is recorded through readiness-service: POST \
            /people/X123456/readiness/follow-ups, and its contact is made from readiness-service's event"}]
            }""";

    static final String OUTCOME_IN_THE_FUTURE = """
            {
              "type": "urn:hmpps:structured-interventions:problem:rule-broken",
              "title": "Unprocessable Content",
              "status": 422,
              "detail": "The contact breaks the recording rules",
              "userMessage": "The contact breaks the recording rules",
              "errors": [{"field": "outcome", "message": "can only be recorded once the contact has taken place; \
            leave it out for a contact in the future"}]
            }""";

    static final String OUTCOME = """
            {"outcome": "FAILED_TO_ATTEND"}""";

    static final String RAR_REQUIREMENT = """
            {
              "requirementId": 2500012345,
              "crn": "X123456",
              "maximumDays": 20,
              "startDate": "2026-10-01",
              "expectedEndDate": "2027-09-30"
            }""";

    static final String RECORDED = """
            {
              "id": "5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f",
              "urn": "urn:hmpps:structured-interventions:contact:5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f",
              "crn": "X123456",
              "type": "OTHER_REHABILITATIVE_ACTIVITY",
              "date": "2026-11-20",
              "startTime": "14:00:00",
              "endTime": "15:30:00",
              "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
              "outcome": "ATTENDED_COMPLIED",
              "notes": "Worked through the budgeting exercise.",
              "rarActivity": true,
              "referralId": null,
              "rarRequirementId": 2500012345,
              "source": "PRACTITIONER",
              "sourceReference": null,
              "cancelledAt": null,
              "recordedBy": "A_PRACTITIONER",
              "recordedAt": "2026-11-20T16:02:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-11-20T16:02:00Z",
              "version": 0
            }""";

    static final String FAILED_TO_ATTEND = """
            {
              "id": "5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f",
              "urn": "urn:hmpps:structured-interventions:contact:5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f",
              "crn": "X123456",
              "type": "OTHER_REHABILITATIVE_ACTIVITY",
              "date": "2026-11-20",
              "startTime": "14:00:00",
              "endTime": "15:30:00",
              "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
              "outcome": "FAILED_TO_ATTEND",
              "notes": "Worked through the budgeting exercise.",
              "rarActivity": true,
              "referralId": null,
              "rarRequirementId": 2500012345,
              "source": "PRACTITIONER",
              "sourceReference": null,
              "cancelledAt": null,
              "recordedBy": "A_PRACTITIONER",
              "recordedAt": "2026-11-20T16:02:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-11-21T09:10:00Z",
              "version": 1
            }""";

    private static final String FOLLOW_UP_CONTACT = """
                {
                  "id": "9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d",
                  "urn": "urn:hmpps:structured-interventions:contact:9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d",
                  "crn": "X123456",
                  "type": "PIM_FOLLOW_UP",
                  "date": "2026-11-26",
                  "startTime": "10:00:00",
                  "endTime": "11:30:00",
                  "deliveredBy": {"name": "Sam Jones", "role": "PEER_MENTOR"},
                  "outcome": "ATTENDED_COMPLIED",
                  "notes": null,
                  "rarActivity": true,
                  "referralId": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
                  "rarRequirementId": 2500012345,
                  "source": "READINESS_SERVICE",
                  "sourceReference": "readiness:follow-up:c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                  "cancelledAt": null,
                  "recordedBy": "B_PEER_MENTOR",
                  "recordedAt": "2026-11-26T12:01:00Z",
                  "updatedBy": "B_PEER_MENTOR",
                  "updatedAt": "2026-11-26T12:01:00Z",
                  "version": 0
                }""";

    static final String CONTACT_PAGE = """
            {
              "content": [""" + FOLLOW_UP_CONTACT + """
            ,
                {
                  "id": "5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f",
                  "urn": "urn:hmpps:structured-interventions:contact:5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f",
                  "crn": "X123456",
                  "type": "OTHER_REHABILITATIVE_ACTIVITY",
                  "date": "2026-11-20",
                  "startTime": "14:00:00",
                  "endTime": "15:30:00",
                  "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
                  "outcome": "ATTENDED_COMPLIED",
                  "notes": "Worked through the budgeting exercise.",
                  "rarActivity": true,
                  "referralId": null,
                  "rarRequirementId": 2500012345,
                  "source": "PRACTITIONER",
                  "sourceReference": null,
                  "cancelledAt": null,
                  "recordedBy": "A_PRACTITIONER",
                  "recordedAt": "2026-11-20T16:02:00Z",
                  "updatedBy": "A_PRACTITIONER",
                  "updatedAt": "2026-11-20T16:02:00Z",
                  "version": 0
                }
              ],
              "page": 0,
              "size": 20,
              "totalElements": 2,
              "totalPages": 1,
              "totalElementsExact": true
            }""";

    static final String CONTACT_TYPES = """
            [
              {"code": "PIM_INTRODUCTION", "description": "Pre-intervention module: introduction", "rarActivity": false,
               "countsOncePerPerson": false, "recordedByHand": false,
               "recordedThrough": "readiness-service: POST /people/{crn}/readiness/introduction"},
              {"code": "PIM_FOLLOW_UP", "description": "Pre-intervention module: follow-up (pre-work contact)",
               "rarActivity": true, "countsOncePerPerson": false, "recordedByHand": false,
               "recordedThrough": "readiness-service: POST /people/{crn}/readiness/follow-ups"},
              {"code": "PIM_COMPLETION", "description": "Pre-intervention module: completion", "rarActivity": true,
               "countsOncePerPerson": true, "recordedByHand": false,
               "recordedThrough": "readiness-service: POST /people/{crn}/readiness/completion"},
              {"code": "OTHER_REHABILITATIVE_ACTIVITY", "description": "Other rehabilitative activity", "rarActivity": true,
               "countsOncePerPerson": false, "recordedByHand": true, "recordedThrough": "POST /contacts"}
            ]""";

    static final String RAR_REQUIREMENT_REGISTERED = """
            {
              "requirementId": 2500012345,
              "crn": "X123456",
              "maximumDays": 20,
              "startDate": "2026-10-01",
              "expectedEndDate": "2027-09-30",
              "registeredBy": "delius-sync",
              "registeredAt": "2026-10-01T08:12:00Z",
              "updatedBy": "delius-sync",
              "updatedAt": "2026-10-01T08:12:00Z",
              "version": 0
            }""";

    static final String RAR_REQUIREMENT_VARIED = """
            {
              "requirementId": 2500012345,
              "crn": "X123456",
              "maximumDays": 25,
              "startDate": "2026-10-01",
              "expectedEndDate": "2027-12-31",
              "registeredBy": "delius-sync",
              "registeredAt": "2026-10-01T08:12:00Z",
              "updatedBy": "delius-sync",
              "updatedAt": "2026-11-18T15:40:00Z",
              "version": 1
            }""";

    static final String RAR_SUMMARY = """
            {
              "crn": "X123456",
              "requirements": [
                {
                  "requirementId": 2500012345,
                  "maximumDays": 20,
                  "startDate": "2026-10-01",
                  "expectedEndDate": "2027-09-30",
                  "daysUsed": 2,
                  "daysRemaining": 18,
                  "rarDays": [
                    {"date": "2026-11-20", "contacts": [
                      {"contactId": "5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f",
                       "urn": "urn:hmpps:structured-interventions:contact:5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f",
                       "type": "OTHER_REHABILITATIVE_ACTIVITY", "date": "2026-11-20", "startTime": "14:00:00",
                       "outcome": "ATTENDED_COMPLIED"}]},
                    {"date": "2026-11-26", "contacts": [
                      {"contactId": "9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d",
                       "urn": "urn:hmpps:structured-interventions:contact:9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d",
                       "type": "PIM_FOLLOW_UP", "date": "2026-11-26", "startTime": "10:00:00",
                       "outcome": "ATTENDED_COMPLIED"}]}
                  ],
                  "daysBeyondMaximum": [],
                  "contactsNotCounted": [
                    {"contact": {"contactId": "2b4d6f80-1a3c-4e5f-9b7d-8c0e2a4b6d8f",
                       "urn": "urn:hmpps:structured-interventions:contact:2b4d6f80-1a3c-4e5f-9b7d-8c0e2a4b6d8f",
                       "type": "OTHER_REHABILITATIVE_ACTIVITY", "date": "2026-11-13", "startTime": "14:00:00",
                       "outcome": "FAILED_TO_ATTEND"},
                     "reason": "MISSED"}
                  ]
                }
              ],
              "unlinkedRarActivities": []
            }""";

    private Examples() {
    }
}
