package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

/** Request examples for the OpenAPI document, as a practitioner or Programme Manager would send them. */
final class Examples {

    private Examples() {
    }

    static final String INTRODUCTION = """
            {
              "session": {"date": "2026-11-02", "startTime": "10:00", "endTime": "10:45"},
              "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
              "aboutPageWalkedThrough": true,
              "contentsPageWalkedThrough": true,
              "formatExplained": true,
              "exercisesOverviewed": ["INTRODUCTORY_VIDEO", "GETTING_READY", "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS"],
              "paperCopyGiven": true,
              "suitableDevice": false,
              "technologicalBarriers": "No smartphone or computer at home; the follow-up will use an office laptop."
            }
            """;

    static final String FOLLOW_UP = """
            {
              "session": {"date": "2026-11-16", "startTime": "14:00", "endTime": "15:30"},
              "deliveredBy": {"name": "Sam Mentor", "role": "PEER_MENTOR", "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30"},
              "length": "EXTENDED",
              "reviewedModuleBeforehand": false,
              "probationServiceDeviceUsed": true,
              "exercisesDiscussed": ["INTRODUCTORY_VIDEO", "GETTING_READY", "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS"],
              "reflectionNotes": "Worried about childcare on group days; keen after the Getting Ready video.",
              "attendance": "ATTENDED_COMPLIED"
            }
            """;

    static final String COMPLETION = """
            {"completedOn": "2026-11-16"}
            """;

    static final String REVISIT = """
            {
              "session": {"date": "2026-11-20", "startTime": "11:00", "endTime": "11:30"},
              "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
              "exercisesRevisited": ["CONDITIONS_OF_SUCCESS"],
              "reason": "A refresher before the first group session."
            }
            """;

    static final String NOT_READY = """
            {
              "ready": false,
              "barriers": ["WORK_PATTERN"],
              "notes": "Shift pattern changes weekly; cannot commit to a fixed group day yet.",
              "unresolvedIssues": "Employer has not confirmed fixed shifts.",
              "recommendSentencePlanReassessment": true
            }
            """;

    static final String READY = """
            {"ready": true, "barriers": []}
            """;

    static final String APPOINTMENT = """
            {"userName": "SMENTOR_GEN", "name": "Sam Mentor", "role": "PEER_MENTOR", "notes": "Lived experience of group work; London region."}
            """;

    static final String WITHDRAWAL = """
            {"reason": "Moved to another region."}
            """;

    static final String ACKNOWLEDGEMENT = """
            {"notes": "Spoken to the practitioner; start date moved to the next cohort."}
            """;

    static final String PEOPLE = """
            {
              "content": [
                {
                  "crn": "X123456",
                  "status": "AWAITING_FOLLOW_UP",
                  "nextStep": "Hold the follow-up session on the person's reflections.",
                  "statusSince": "2026-11-20T10:05:00Z",
                  "introducedBy": "A_PRACTITIONER",
                  "openedAt": "2026-11-18T09:30:00Z",
                  "updatedAt": "2026-11-20T10:05:00Z",
                  "version": 2
                }
              ],
              "page": 0,
              "size": 20,
              "totalElements": 1,
              "totalPages": 1,
              "totalElementsExact": true
            }
            """;

    static final String BOOKING = """
            {
              "session": {"date": "2026-12-14", "startTime": "14:00", "endTime": "15:30"},
              "deliveredBy": {"name": "Sam Mentor", "role": "PEER_MENTOR", "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30"},
              "length": "EXTENDED",
              "probationServiceDevice": true,
              "location": "Probation office, interview room 2"
            }
            """;

    static final String BOOKING_DELIVERED = """
            {
              "attendance": "ATTENDED_COMPLIED",
              "reviewedModuleBeforehand": false,
              "exercisesDiscussed": ["INTRODUCTORY_VIDEO", "GETTING_READY", "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS"],
              "reflectionNotes": "Worried about childcare on group days; keen after the Getting Ready video."
            }
            """;

    static final String BOOKING_MISSED = """
            {"outcome": "FAILED_TO_ATTEND", "notes": "No answer on the phone; a letter sent."}
            """;

    static final String BOOKING_CANCELLED = """
            {"reason": "RESCHEDULED", "notes": "The person starts a new job that week; booked again for the week after."}
            """;
}
