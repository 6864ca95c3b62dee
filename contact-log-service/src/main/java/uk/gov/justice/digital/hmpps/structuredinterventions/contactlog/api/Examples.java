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
