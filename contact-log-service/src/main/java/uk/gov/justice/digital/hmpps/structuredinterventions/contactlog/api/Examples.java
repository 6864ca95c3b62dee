package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

/** Request examples for the OpenAPI document. */
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

    private Examples() {
    }
}
