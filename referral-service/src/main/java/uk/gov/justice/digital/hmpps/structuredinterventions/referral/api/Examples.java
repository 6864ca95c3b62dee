package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

/** Request examples for the OpenAPI document. */
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
}
