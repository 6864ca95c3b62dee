package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

/**
 * Examples for the OpenAPI document: requests as a practitioner or Programme Manager would send them, and the answers
 * the service gives, one person's record (X123456) through the module. The contract test checks each answer's example
 * against its schema.
 */
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

    // Answers

    static final String INTRODUCED = """
            {
              "crn": "X123456",
              "status": "AWAITING_REFERRAL",
              "nextStep": "Refer the person to a Structured Intervention; the follow-up comes after the referral.",
              "followUpRequirement": {
                "mustBeExtended": true,
                "probationServiceDeviceNeeded": true,
                "reasons": [
                  "the person has no suitable device"
                ],
                "exercisesStillToCover": [
                  "INTRODUCTORY_VIDEO",
                  "GETTING_READY",
                  "WORKING_WITH_PROBATION_FROM_HOME",
                  "CONDITIONS_OF_SUCCESS"
                ]
              },
              "linkedReferrals": [],
              "introduction": {
                "id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                "moduleVersion": 1,
                "session": {
                  "date": "2026-11-02",
                  "startTime": "10:00:00",
                  "endTime": "10:45:00"
                },
                "deliveredBy": {
                  "name": "Jo Practitioner",
                  "role": "PROBATION_PRACTITIONER",
                  "appointmentId": null,
                  "appointedBy": null
                },
                "aboutPageWalkedThrough": true,
                "contentsPageWalkedThrough": true,
                "formatExplained": true,
                "exercisesOverviewed": [
                  "INTRODUCTORY_VIDEO",
                  "GETTING_READY",
                  "WORKING_WITH_PROBATION_FROM_HOME",
                  "CONDITIONS_OF_SUCCESS"
                ],
                "paperCopyGiven": true,
                "suitableDevice": false,
                "technologicalBarriers": "No smartphone or computer at home; the follow-up will use an office laptop.",
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-02T11:02:00Z"
              },
              "followUps": [],
              "completion": null,
              "revisits": [],
              "assessments": [],
              "concerns": [],
              "openConcerns": 0,
              "openedAt": "2026-11-02T11:02:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-11-02T11:02:00Z",
              "version": 0
            }
            """;

    static final String FOLLOWED_UP = """
            {
              "crn": "X123456",
              "status": "FOLLOWED_UP",
              "nextStep": "Record completion once attended follow-ups have covered all four exercises.",
              "followUpRequirement": {
                "mustBeExtended": true,
                "probationServiceDeviceNeeded": true,
                "reasons": [
                  "the person has no suitable device"
                ],
                "exercisesStillToCover": []
              },
              "linkedReferrals": [
                {
                  "referralId": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
                  "interventionId": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11",
                  "interventionName": "Positive Pathways",
                  "region": "london",
                  "status": "AWAITING_READINESS",
                  "referredBy": "A_PRACTITIONER",
                  "linkedAt": "2026-11-09T09:40:02Z",
                  "detailUrl": "http://localhost:8082/referrals/6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                }
              ],
              "introduction": {
                "id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                "moduleVersion": 1,
                "session": {
                  "date": "2026-11-02",
                  "startTime": "10:00:00",
                  "endTime": "10:45:00"
                },
                "deliveredBy": {
                  "name": "Jo Practitioner",
                  "role": "PROBATION_PRACTITIONER",
                  "appointmentId": null,
                  "appointedBy": null
                },
                "aboutPageWalkedThrough": true,
                "contentsPageWalkedThrough": true,
                "formatExplained": true,
                "exercisesOverviewed": [
                  "INTRODUCTORY_VIDEO",
                  "GETTING_READY",
                  "WORKING_WITH_PROBATION_FROM_HOME",
                  "CONDITIONS_OF_SUCCESS"
                ],
                "paperCopyGiven": true,
                "suitableDevice": false,
                "technologicalBarriers": "No smartphone or computer at home; the follow-up will use an office laptop.",
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-02T11:02:00Z"
              },
              "followUps": [
                {
                  "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                  "moduleVersion": 1,
                  "session": {
                    "date": "2026-11-16",
                    "startTime": "14:00:00",
                    "endTime": "15:30:00"
                  },
                  "deliveredBy": {
                    "name": "Sam Mentor",
                    "role": "PEER_MENTOR",
                    "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                    "appointedBy": "A_PROGRAMME_MANAGER"
                  },
                  "length": "EXTENDED",
                  "reviewedModuleBeforehand": false,
                  "probationServiceDeviceUsed": true,
                  "exercisesDiscussed": [
                    "INTRODUCTORY_VIDEO",
                    "GETTING_READY",
                    "WORKING_WITH_PROBATION_FROM_HOME",
                    "CONDITIONS_OF_SUCCESS"
                  ],
                  "reflectionNotes": "Worried about childcare on group days; keen after the Getting Ready video.",
                  "attendance": "ATTENDED_COMPLIED",
                  "preWorkContact": true,
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "notes": null,
                  "recordedBy": "SMENTOR_GEN",
                  "recordedAt": "2026-11-16T15:41:00Z"
                }
              ],
              "completion": null,
              "revisits": [],
              "assessments": [],
              "concerns": [],
              "openConcerns": 0,
              "openedAt": "2026-11-02T11:02:00Z",
              "updatedBy": "SMENTOR_GEN",
              "updatedAt": "2026-11-16T15:41:00Z",
              "version": 2
            }
            """;

    static final String COMPLETED = """
            {
              "crn": "X123456",
              "status": "AWAITING_ASSESSMENT",
              "nextStep": "Assess whether the person is ready to take part in the referrals not yet assessed.",
              "followUpRequirement": {
                "mustBeExtended": false,
                "probationServiceDeviceNeeded": false,
                "reasons": [],
                "exercisesStillToCover": []
              },
              "linkedReferrals": [
                {
                  "referralId": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
                  "interventionId": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11",
                  "interventionName": "Positive Pathways",
                  "region": "london",
                  "status": "AWAITING_READINESS",
                  "referredBy": "A_PRACTITIONER",
                  "linkedAt": "2026-11-09T09:40:02Z",
                  "detailUrl": "http://localhost:8082/referrals/6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                }
              ],
              "introduction": {
                "id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                "moduleVersion": 1,
                "session": {
                  "date": "2026-11-02",
                  "startTime": "10:00:00",
                  "endTime": "10:45:00"
                },
                "deliveredBy": {
                  "name": "Jo Practitioner",
                  "role": "PROBATION_PRACTITIONER",
                  "appointmentId": null,
                  "appointedBy": null
                },
                "aboutPageWalkedThrough": true,
                "contentsPageWalkedThrough": true,
                "formatExplained": true,
                "exercisesOverviewed": [
                  "INTRODUCTORY_VIDEO",
                  "GETTING_READY",
                  "WORKING_WITH_PROBATION_FROM_HOME",
                  "CONDITIONS_OF_SUCCESS"
                ],
                "paperCopyGiven": true,
                "suitableDevice": false,
                "technologicalBarriers": "No smartphone or computer at home; the follow-up will use an office laptop.",
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-02T11:02:00Z"
              },
              "followUps": [
                {
                  "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                  "moduleVersion": 1,
                  "session": {
                    "date": "2026-11-16",
                    "startTime": "14:00:00",
                    "endTime": "15:30:00"
                  },
                  "deliveredBy": {
                    "name": "Sam Mentor",
                    "role": "PEER_MENTOR",
                    "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                    "appointedBy": "A_PROGRAMME_MANAGER"
                  },
                  "length": "EXTENDED",
                  "reviewedModuleBeforehand": false,
                  "probationServiceDeviceUsed": true,
                  "exercisesDiscussed": [
                    "INTRODUCTORY_VIDEO",
                    "GETTING_READY",
                    "WORKING_WITH_PROBATION_FROM_HOME",
                    "CONDITIONS_OF_SUCCESS"
                  ],
                  "reflectionNotes": "Worried about childcare on group days; keen after the Getting Ready video.",
                  "attendance": "ATTENDED_COMPLIED",
                  "preWorkContact": true,
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "notes": null,
                  "recordedBy": "SMENTOR_GEN",
                  "recordedAt": "2026-11-16T15:41:00Z"
                }
              ],
              "completion": {
                "completedOn": "2026-11-16",
                "moduleVersion": 1,
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-16T16:05:00Z"
              },
              "revisits": [],
              "assessments": [],
              "concerns": [],
              "openConcerns": 0,
              "openedAt": "2026-11-02T11:02:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-11-16T16:05:00Z",
              "version": 3
            }
            """;

    static final String NOT_READY_RECORD = """
            {
              "crn": "X123456",
              "status": "NOT_READY",
              "nextStep": "Work on the barriers with the person and the Treatment Manager, then assess again.",
              "followUpRequirement": {
                "mustBeExtended": false,
                "probationServiceDeviceNeeded": false,
                "reasons": [],
                "exercisesStillToCover": []
              },
              "linkedReferrals": [
                {
                  "referralId": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
                  "interventionId": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11",
                  "interventionName": "Positive Pathways",
                  "region": "london",
                  "status": "SUITABLE_BUT_NOT_READY",
                  "referredBy": "A_PRACTITIONER",
                  "linkedAt": "2026-11-09T09:40:02Z",
                  "detailUrl": "http://localhost:8082/referrals/6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                }
              ],
              "introduction": {
                "id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                "moduleVersion": 1,
                "session": {
                  "date": "2026-11-02",
                  "startTime": "10:00:00",
                  "endTime": "10:45:00"
                },
                "deliveredBy": {
                  "name": "Jo Practitioner",
                  "role": "PROBATION_PRACTITIONER",
                  "appointmentId": null,
                  "appointedBy": null
                },
                "aboutPageWalkedThrough": true,
                "contentsPageWalkedThrough": true,
                "formatExplained": true,
                "exercisesOverviewed": [
                  "INTRODUCTORY_VIDEO",
                  "GETTING_READY",
                  "WORKING_WITH_PROBATION_FROM_HOME",
                  "CONDITIONS_OF_SUCCESS"
                ],
                "paperCopyGiven": true,
                "suitableDevice": false,
                "technologicalBarriers": "No smartphone or computer at home; the follow-up will use an office laptop.",
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-02T11:02:00Z"
              },
              "followUps": [
                {
                  "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                  "moduleVersion": 1,
                  "session": {
                    "date": "2026-11-16",
                    "startTime": "14:00:00",
                    "endTime": "15:30:00"
                  },
                  "deliveredBy": {
                    "name": "Sam Mentor",
                    "role": "PEER_MENTOR",
                    "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                    "appointedBy": "A_PROGRAMME_MANAGER"
                  },
                  "length": "EXTENDED",
                  "reviewedModuleBeforehand": false,
                  "probationServiceDeviceUsed": true,
                  "exercisesDiscussed": [
                    "INTRODUCTORY_VIDEO",
                    "GETTING_READY",
                    "WORKING_WITH_PROBATION_FROM_HOME",
                    "CONDITIONS_OF_SUCCESS"
                  ],
                  "reflectionNotes": "Worried about childcare on group days; keen after the Getting Ready video.",
                  "attendance": "ATTENDED_COMPLIED",
                  "preWorkContact": true,
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "notes": null,
                  "recordedBy": "SMENTOR_GEN",
                  "recordedAt": "2026-11-16T15:41:00Z"
                }
              ],
              "completion": {
                "completedOn": "2026-11-16",
                "moduleVersion": 1,
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-16T16:05:00Z"
              },
              "revisits": [],
              "assessments": [
                {
                  "id": "5a7e3c21-9f4b-4d6a-8e2c-1b3f5d7a9c40",
                  "ready": false,
                  "barriers": [
                    "WORK_PATTERN"
                  ],
                  "notes": "Shift pattern changes weekly; cannot commit to a fixed group day yet.",
                  "concernId": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "assessedBy": "A_PRACTITIONER",
                  "assessedAt": "2026-11-18T10:15:00Z"
                }
              ],
              "concerns": [
                {
                  "id": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
                  "description": "Employer has not confirmed fixed shifts.",
                  "barriers": [
                    "WORK_PATTERN"
                  ],
                  "recommendSentencePlanReassessment": true,
                  "addressedTo": [
                    "PROBATION_PRACTITIONER",
                    "TREATMENT_MANAGER"
                  ],
                  "practitioners": [
                    "A_PRACTITIONER"
                  ],
                  "regions": [
                    "london"
                  ],
                  "raisedBy": "A_PRACTITIONER",
                  "raisedAt": "2026-11-18T10:15:00Z",
                  "acknowledged": false,
                  "acknowledgedBy": null,
                  "acknowledgedAt": null,
                  "acknowledgementNotes": null
                }
              ],
              "openConcerns": 1,
              "openedAt": "2026-11-02T11:02:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-11-18T10:15:00Z",
              "version": 4
            }
            """;

    static final String ACKNOWLEDGED = """
            {
              "crn": "X123456",
              "status": "NOT_READY",
              "nextStep": "Work on the barriers with the person and the Treatment Manager, then assess again.",
              "followUpRequirement": {
                "mustBeExtended": false,
                "probationServiceDeviceNeeded": false,
                "reasons": [],
                "exercisesStillToCover": []
              },
              "linkedReferrals": [
                {
                  "referralId": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
                  "interventionId": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11",
                  "interventionName": "Positive Pathways",
                  "region": "london",
                  "status": "SUITABLE_BUT_NOT_READY",
                  "referredBy": "A_PRACTITIONER",
                  "linkedAt": "2026-11-09T09:40:02Z",
                  "detailUrl": "http://localhost:8082/referrals/6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                }
              ],
              "introduction": {
                "id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                "moduleVersion": 1,
                "session": {
                  "date": "2026-11-02",
                  "startTime": "10:00:00",
                  "endTime": "10:45:00"
                },
                "deliveredBy": {
                  "name": "Jo Practitioner",
                  "role": "PROBATION_PRACTITIONER",
                  "appointmentId": null,
                  "appointedBy": null
                },
                "aboutPageWalkedThrough": true,
                "contentsPageWalkedThrough": true,
                "formatExplained": true,
                "exercisesOverviewed": [
                  "INTRODUCTORY_VIDEO",
                  "GETTING_READY",
                  "WORKING_WITH_PROBATION_FROM_HOME",
                  "CONDITIONS_OF_SUCCESS"
                ],
                "paperCopyGiven": true,
                "suitableDevice": false,
                "technologicalBarriers": "No smartphone or computer at home; the follow-up will use an office laptop.",
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-02T11:02:00Z"
              },
              "followUps": [
                {
                  "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                  "moduleVersion": 1,
                  "session": {
                    "date": "2026-11-16",
                    "startTime": "14:00:00",
                    "endTime": "15:30:00"
                  },
                  "deliveredBy": {
                    "name": "Sam Mentor",
                    "role": "PEER_MENTOR",
                    "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                    "appointedBy": "A_PROGRAMME_MANAGER"
                  },
                  "length": "EXTENDED",
                  "reviewedModuleBeforehand": false,
                  "probationServiceDeviceUsed": true,
                  "exercisesDiscussed": [
                    "INTRODUCTORY_VIDEO",
                    "GETTING_READY",
                    "WORKING_WITH_PROBATION_FROM_HOME",
                    "CONDITIONS_OF_SUCCESS"
                  ],
                  "reflectionNotes": "Worried about childcare on group days; keen after the Getting Ready video.",
                  "attendance": "ATTENDED_COMPLIED",
                  "preWorkContact": true,
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "notes": null,
                  "recordedBy": "SMENTOR_GEN",
                  "recordedAt": "2026-11-16T15:41:00Z"
                }
              ],
              "completion": {
                "completedOn": "2026-11-16",
                "moduleVersion": 1,
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-16T16:05:00Z"
              },
              "revisits": [],
              "assessments": [
                {
                  "id": "5a7e3c21-9f4b-4d6a-8e2c-1b3f5d7a9c40",
                  "ready": false,
                  "barriers": [
                    "WORK_PATTERN"
                  ],
                  "notes": "Shift pattern changes weekly; cannot commit to a fixed group day yet.",
                  "concernId": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "assessedBy": "A_PRACTITIONER",
                  "assessedAt": "2026-11-18T10:15:00Z"
                }
              ],
              "concerns": [
                {
                  "id": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
                  "description": "Employer has not confirmed fixed shifts.",
                  "barriers": [
                    "WORK_PATTERN"
                  ],
                  "recommendSentencePlanReassessment": true,
                  "addressedTo": [
                    "PROBATION_PRACTITIONER",
                    "TREATMENT_MANAGER"
                  ],
                  "practitioners": [
                    "A_PRACTITIONER"
                  ],
                  "regions": [
                    "london"
                  ],
                  "raisedBy": "A_PRACTITIONER",
                  "raisedAt": "2026-11-18T10:15:00Z",
                  "acknowledged": true,
                  "acknowledgedBy": "B_TREATMENT_MANAGER",
                  "acknowledgedAt": "2026-11-19T09:20:00Z",
                  "acknowledgementNotes": "Spoken to the practitioner; start date moved to the next cohort."
                }
              ],
              "openConcerns": 0,
              "openedAt": "2026-11-02T11:02:00Z",
              "updatedBy": "B_TREATMENT_MANAGER",
              "updatedAt": "2026-11-19T09:20:00Z",
              "version": 5
            }
            """;

    static final String REVISITED = """
            {
              "crn": "X123456",
              "status": "NOT_READY",
              "nextStep": "Work on the barriers with the person and the Treatment Manager, then assess again.",
              "followUpRequirement": {
                "mustBeExtended": false,
                "probationServiceDeviceNeeded": false,
                "reasons": [],
                "exercisesStillToCover": []
              },
              "linkedReferrals": [
                {
                  "referralId": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
                  "interventionId": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11",
                  "interventionName": "Positive Pathways",
                  "region": "london",
                  "status": "SUITABLE_BUT_NOT_READY",
                  "referredBy": "A_PRACTITIONER",
                  "linkedAt": "2026-11-09T09:40:02Z",
                  "detailUrl": "http://localhost:8082/referrals/6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                }
              ],
              "introduction": {
                "id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                "moduleVersion": 1,
                "session": {
                  "date": "2026-11-02",
                  "startTime": "10:00:00",
                  "endTime": "10:45:00"
                },
                "deliveredBy": {
                  "name": "Jo Practitioner",
                  "role": "PROBATION_PRACTITIONER",
                  "appointmentId": null,
                  "appointedBy": null
                },
                "aboutPageWalkedThrough": true,
                "contentsPageWalkedThrough": true,
                "formatExplained": true,
                "exercisesOverviewed": [
                  "INTRODUCTORY_VIDEO",
                  "GETTING_READY",
                  "WORKING_WITH_PROBATION_FROM_HOME",
                  "CONDITIONS_OF_SUCCESS"
                ],
                "paperCopyGiven": true,
                "suitableDevice": false,
                "technologicalBarriers": "No smartphone or computer at home; the follow-up will use an office laptop.",
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-02T11:02:00Z"
              },
              "followUps": [
                {
                  "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                  "moduleVersion": 1,
                  "session": {
                    "date": "2026-11-16",
                    "startTime": "14:00:00",
                    "endTime": "15:30:00"
                  },
                  "deliveredBy": {
                    "name": "Sam Mentor",
                    "role": "PEER_MENTOR",
                    "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                    "appointedBy": "A_PROGRAMME_MANAGER"
                  },
                  "length": "EXTENDED",
                  "reviewedModuleBeforehand": false,
                  "probationServiceDeviceUsed": true,
                  "exercisesDiscussed": [
                    "INTRODUCTORY_VIDEO",
                    "GETTING_READY",
                    "WORKING_WITH_PROBATION_FROM_HOME",
                    "CONDITIONS_OF_SUCCESS"
                  ],
                  "reflectionNotes": "Worried about childcare on group days; keen after the Getting Ready video.",
                  "attendance": "ATTENDED_COMPLIED",
                  "preWorkContact": true,
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "notes": null,
                  "recordedBy": "SMENTOR_GEN",
                  "recordedAt": "2026-11-16T15:41:00Z"
                }
              ],
              "completion": {
                "completedOn": "2026-11-16",
                "moduleVersion": 1,
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-16T16:05:00Z"
              },
              "revisits": [
                {
                  "id": "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b",
                  "moduleVersion": 1,
                  "session": {
                    "date": "2026-11-20",
                    "startTime": "11:00:00",
                    "endTime": "11:30:00"
                  },
                  "deliveredBy": {
                    "name": "Jo Practitioner",
                    "role": "PROBATION_PRACTITIONER",
                    "appointmentId": null,
                    "appointedBy": null
                  },
                  "exercisesRevisited": [
                    "CONDITIONS_OF_SUCCESS"
                  ],
                  "reason": "A refresher before the first group session.",
                  "notes": null,
                  "recordedBy": "A_PRACTITIONER",
                  "recordedAt": "2026-11-20T11:40:00Z"
                }
              ],
              "assessments": [
                {
                  "id": "5a7e3c21-9f4b-4d6a-8e2c-1b3f5d7a9c40",
                  "ready": false,
                  "barriers": [
                    "WORK_PATTERN"
                  ],
                  "notes": "Shift pattern changes weekly; cannot commit to a fixed group day yet.",
                  "concernId": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "assessedBy": "A_PRACTITIONER",
                  "assessedAt": "2026-11-18T10:15:00Z"
                }
              ],
              "concerns": [
                {
                  "id": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
                  "description": "Employer has not confirmed fixed shifts.",
                  "barriers": [
                    "WORK_PATTERN"
                  ],
                  "recommendSentencePlanReassessment": true,
                  "addressedTo": [
                    "PROBATION_PRACTITIONER",
                    "TREATMENT_MANAGER"
                  ],
                  "practitioners": [
                    "A_PRACTITIONER"
                  ],
                  "regions": [
                    "london"
                  ],
                  "raisedBy": "A_PRACTITIONER",
                  "raisedAt": "2026-11-18T10:15:00Z",
                  "acknowledged": true,
                  "acknowledgedBy": "B_TREATMENT_MANAGER",
                  "acknowledgedAt": "2026-11-19T09:20:00Z",
                  "acknowledgementNotes": "Spoken to the practitioner; start date moved to the next cohort."
                }
              ],
              "openConcerns": 0,
              "openedAt": "2026-11-02T11:02:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-11-20T11:40:00Z",
              "version": 6
            }
            """;

    static final String READY_RECORD = """
            {
              "crn": "X123456",
              "status": "READY",
              "nextStep": "None: the person is ready to take part.",
              "followUpRequirement": {
                "mustBeExtended": false,
                "probationServiceDeviceNeeded": false,
                "reasons": [],
                "exercisesStillToCover": []
              },
              "linkedReferrals": [
                {
                  "referralId": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
                  "interventionId": "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11",
                  "interventionName": "Positive Pathways",
                  "region": "london",
                  "status": "READY_TO_ALLOCATE",
                  "referredBy": "A_PRACTITIONER",
                  "linkedAt": "2026-11-09T09:40:02Z",
                  "detailUrl": "http://localhost:8082/referrals/6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                }
              ],
              "introduction": {
                "id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                "moduleVersion": 1,
                "session": {
                  "date": "2026-11-02",
                  "startTime": "10:00:00",
                  "endTime": "10:45:00"
                },
                "deliveredBy": {
                  "name": "Jo Practitioner",
                  "role": "PROBATION_PRACTITIONER",
                  "appointmentId": null,
                  "appointedBy": null
                },
                "aboutPageWalkedThrough": true,
                "contentsPageWalkedThrough": true,
                "formatExplained": true,
                "exercisesOverviewed": [
                  "INTRODUCTORY_VIDEO",
                  "GETTING_READY",
                  "WORKING_WITH_PROBATION_FROM_HOME",
                  "CONDITIONS_OF_SUCCESS"
                ],
                "paperCopyGiven": true,
                "suitableDevice": false,
                "technologicalBarriers": "No smartphone or computer at home; the follow-up will use an office laptop.",
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-02T11:02:00Z"
              },
              "followUps": [
                {
                  "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
                  "moduleVersion": 1,
                  "session": {
                    "date": "2026-11-16",
                    "startTime": "14:00:00",
                    "endTime": "15:30:00"
                  },
                  "deliveredBy": {
                    "name": "Sam Mentor",
                    "role": "PEER_MENTOR",
                    "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                    "appointedBy": "A_PROGRAMME_MANAGER"
                  },
                  "length": "EXTENDED",
                  "reviewedModuleBeforehand": false,
                  "probationServiceDeviceUsed": true,
                  "exercisesDiscussed": [
                    "INTRODUCTORY_VIDEO",
                    "GETTING_READY",
                    "WORKING_WITH_PROBATION_FROM_HOME",
                    "CONDITIONS_OF_SUCCESS"
                  ],
                  "reflectionNotes": "Worried about childcare on group days; keen after the Getting Ready video.",
                  "attendance": "ATTENDED_COMPLIED",
                  "preWorkContact": true,
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "notes": null,
                  "recordedBy": "SMENTOR_GEN",
                  "recordedAt": "2026-11-16T15:41:00Z"
                }
              ],
              "completion": {
                "completedOn": "2026-11-16",
                "moduleVersion": 1,
                "notes": null,
                "recordedBy": "A_PRACTITIONER",
                "recordedAt": "2026-11-16T16:05:00Z"
              },
              "revisits": [
                {
                  "id": "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b",
                  "moduleVersion": 1,
                  "session": {
                    "date": "2026-11-20",
                    "startTime": "11:00:00",
                    "endTime": "11:30:00"
                  },
                  "deliveredBy": {
                    "name": "Jo Practitioner",
                    "role": "PROBATION_PRACTITIONER",
                    "appointmentId": null,
                    "appointedBy": null
                  },
                  "exercisesRevisited": [
                    "CONDITIONS_OF_SUCCESS"
                  ],
                  "reason": "A refresher before the first group session.",
                  "notes": null,
                  "recordedBy": "A_PRACTITIONER",
                  "recordedAt": "2026-11-20T11:40:00Z"
                }
              ],
              "assessments": [
                {
                  "id": "5a7e3c21-9f4b-4d6a-8e2c-1b3f5d7a9c40",
                  "ready": false,
                  "barriers": [
                    "WORK_PATTERN"
                  ],
                  "notes": "Shift pattern changes weekly; cannot commit to a fixed group day yet.",
                  "concernId": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "assessedBy": "A_PRACTITIONER",
                  "assessedAt": "2026-11-18T10:15:00Z"
                },
                {
                  "id": "8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e",
                  "ready": true,
                  "barriers": [],
                  "notes": null,
                  "concernId": null,
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "assessedBy": "A_PRACTITIONER",
                  "assessedAt": "2026-11-27T11:30:00Z"
                }
              ],
              "concerns": [
                {
                  "id": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
                  "description": "Employer has not confirmed fixed shifts.",
                  "barriers": [
                    "WORK_PATTERN"
                  ],
                  "recommendSentencePlanReassessment": true,
                  "addressedTo": [
                    "PROBATION_PRACTITIONER",
                    "TREATMENT_MANAGER"
                  ],
                  "practitioners": [
                    "A_PRACTITIONER"
                  ],
                  "regions": [
                    "london"
                  ],
                  "raisedBy": "A_PRACTITIONER",
                  "raisedAt": "2026-11-18T10:15:00Z",
                  "acknowledged": true,
                  "acknowledgedBy": "B_TREATMENT_MANAGER",
                  "acknowledgedAt": "2026-11-19T09:20:00Z",
                  "acknowledgementNotes": "Spoken to the practitioner; start date moved to the next cohort."
                }
              ],
              "openConcerns": 0,
              "openedAt": "2026-11-02T11:02:00Z",
              "updatedBy": "A_PRACTITIONER",
              "updatedAt": "2026-11-27T11:30:00Z",
              "version": 7
            }
            """;

    static final String APPOINTED = """
            {
              "id": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
              "userName": "SMENTOR_GEN",
              "name": "Sam Mentor",
              "role": "PEER_MENTOR",
              "notes": "Lived experience of group work; London region.",
              "appointedBy": "A_PROGRAMME_MANAGER",
              "appointedAt": "2026-10-05T09:00:00Z",
              "current": true,
              "withdrawnBy": null,
              "withdrawnAt": null,
              "withdrawalReason": null,
              "version": 0
            }
            """;

    static final String APPOINTMENT_WITHDRAWN = """
            {
              "id": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
              "userName": "SMENTOR_GEN",
              "name": "Sam Mentor",
              "role": "PEER_MENTOR",
              "notes": "Lived experience of group work; London region.",
              "appointedBy": "A_PROGRAMME_MANAGER",
              "appointedAt": "2026-10-05T09:00:00Z",
              "current": false,
              "withdrawnBy": "A_PROGRAMME_MANAGER",
              "withdrawnAt": "2027-01-11T14:00:00Z",
              "withdrawalReason": "Moved to another region.",
              "version": 1
            }
            """;

    static final String APPOINTMENTS = """
            {
              "content": [
                {
                  "id": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                  "userName": "SMENTOR_GEN",
                  "name": "Sam Mentor",
                  "role": "PEER_MENTOR",
                  "notes": "Lived experience of group work; London region.",
                  "appointedBy": "A_PROGRAMME_MANAGER",
                  "appointedAt": "2026-10-05T09:00:00Z",
                  "current": true,
                  "withdrawnBy": null,
                  "withdrawnAt": null,
                  "withdrawalReason": null,
                  "version": 0
                },
                {
                  "id": "1f2e3d4c-5b6a-4978-8c9d-0e1f2a3b4c5d",
                  "userName": "JFACILITATOR_GEN",
                  "name": "Jordan Facilitator",
                  "role": "FACILITATOR",
                  "notes": null,
                  "appointedBy": "A_PROGRAMME_MANAGER",
                  "appointedAt": "2026-09-21T13:30:00Z",
                  "current": true,
                  "withdrawnBy": null,
                  "withdrawnAt": null,
                  "withdrawalReason": null,
                  "version": 0
                }
              ],
              "page": 0,
              "size": 20,
              "totalElements": 2,
              "totalPages": 1,
              "totalElementsExact": true
            }
            """;

    static final String CONCERNS = """
            {
              "content": [
                {
                  "crn": "X123456",
                  "concern": {
                    "id": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
                    "description": "Employer has not confirmed fixed shifts.",
                    "barriers": [
                      "WORK_PATTERN"
                    ],
                    "recommendSentencePlanReassessment": true,
                    "addressedTo": [
                      "PROBATION_PRACTITIONER",
                      "TREATMENT_MANAGER"
                    ],
                    "practitioners": [
                      "A_PRACTITIONER"
                    ],
                    "regions": [
                      "london"
                    ],
                    "raisedBy": "A_PRACTITIONER",
                    "raisedAt": "2026-11-18T10:15:00Z",
                    "acknowledged": false,
                    "acknowledgedBy": null,
                    "acknowledgedAt": null,
                    "acknowledgementNotes": null
                  }
                }
              ],
              "page": 0,
              "size": 20,
              "totalElements": 1,
              "totalPages": 1,
              "totalElementsExact": true
            }
            """;

    static final String BOOKED = """
            {
              "id": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
              "crn": "X123456",
              "status": "BOOKED",
              "session": {
                "date": "2026-12-14",
                "startTime": "14:00:00",
                "endTime": "15:30:00"
              },
              "deliveredBy": {
                "name": "Sam Mentor",
                "role": "PEER_MENTOR",
                "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                "appointedBy": "A_PROGRAMME_MANAGER"
              },
              "length": "EXTENDED",
              "probationServiceDevice": true,
              "location": "Probation office, interview room 2",
              "notes": null,
              "referralIds": [
                "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
              ],
              "bookedBy": "A_PRACTITIONER",
              "bookedAt": "2026-12-01T10:00:00Z",
              "attendance": null,
              "cancellationReason": null,
              "outcomeNotes": null,
              "followUpId": null,
              "closedBy": null,
              "closedAt": null
            }
            """;

    static final String BOOKING_DELIVERED_ANSWER = """
            {
              "id": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
              "crn": "X123456",
              "status": "DELIVERED",
              "session": {
                "date": "2026-12-14",
                "startTime": "14:00:00",
                "endTime": "15:30:00"
              },
              "deliveredBy": {
                "name": "Sam Mentor",
                "role": "PEER_MENTOR",
                "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                "appointedBy": "A_PROGRAMME_MANAGER"
              },
              "length": "EXTENDED",
              "probationServiceDevice": true,
              "location": "Probation office, interview room 2",
              "notes": null,
              "referralIds": [
                "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
              ],
              "bookedBy": "A_PRACTITIONER",
              "bookedAt": "2026-12-01T10:00:00Z",
              "attendance": "ATTENDED_COMPLIED",
              "cancellationReason": null,
              "outcomeNotes": null,
              "followUpId": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
              "closedBy": "SMENTOR_GEN",
              "closedAt": "2026-12-14T15:45:00Z"
            }
            """;

    static final String BOOKING_MISSED_ANSWER = """
            {
              "id": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
              "crn": "X123456",
              "status": "MISSED",
              "session": {
                "date": "2026-12-14",
                "startTime": "14:00:00",
                "endTime": "15:30:00"
              },
              "deliveredBy": {
                "name": "Sam Mentor",
                "role": "PEER_MENTOR",
                "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                "appointedBy": "A_PROGRAMME_MANAGER"
              },
              "length": "EXTENDED",
              "probationServiceDevice": true,
              "location": "Probation office, interview room 2",
              "notes": null,
              "referralIds": [
                "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
              ],
              "bookedBy": "A_PRACTITIONER",
              "bookedAt": "2026-12-01T10:00:00Z",
              "attendance": "FAILED_TO_ATTEND",
              "cancellationReason": null,
              "outcomeNotes": "No answer on the phone; a letter sent.",
              "followUpId": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
              "closedBy": "SMENTOR_GEN",
              "closedAt": "2026-12-14T14:40:00Z"
            }
            """;

    static final String BOOKING_CANCELLED_ANSWER = """
            {
              "id": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
              "crn": "X123456",
              "status": "CANCELLED",
              "session": {
                "date": "2026-12-14",
                "startTime": "14:00:00",
                "endTime": "15:30:00"
              },
              "deliveredBy": {
                "name": "Sam Mentor",
                "role": "PEER_MENTOR",
                "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                "appointedBy": "A_PROGRAMME_MANAGER"
              },
              "length": "EXTENDED",
              "probationServiceDevice": true,
              "location": "Probation office, interview room 2",
              "notes": null,
              "referralIds": [
                "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
              ],
              "bookedBy": "A_PRACTITIONER",
              "bookedAt": "2026-12-01T10:00:00Z",
              "attendance": null,
              "cancellationReason": "RESCHEDULED",
              "outcomeNotes": "The person starts a new job that week; booked again for the week after.",
              "followUpId": null,
              "closedBy": "A_PRACTITIONER",
              "closedAt": "2026-12-08T09:05:00Z"
            }
            """;

    static final String BOOKINGS = """
            {
              "content": [
                {
                  "id": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
                  "crn": "X123456",
                  "status": "BOOKED",
                  "session": {
                    "date": "2026-12-14",
                    "startTime": "14:00:00",
                    "endTime": "15:30:00"
                  },
                  "deliveredBy": {
                    "name": "Sam Mentor",
                    "role": "PEER_MENTOR",
                    "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                    "appointedBy": "A_PROGRAMME_MANAGER"
                  },
                  "length": "EXTENDED",
                  "probationServiceDevice": true,
                  "location": "Probation office, interview room 2",
                  "notes": null,
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "bookedBy": "A_PRACTITIONER",
                  "bookedAt": "2026-12-01T10:00:00Z",
                  "attendance": null,
                  "cancellationReason": null,
                  "outcomeNotes": null,
                  "followUpId": null,
                  "closedBy": null,
                  "closedAt": null
                },
                {
                  "id": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
                  "crn": "X123456",
                  "status": "CANCELLED",
                  "session": {
                    "date": "2026-12-14",
                    "startTime": "14:00:00",
                    "endTime": "15:30:00"
                  },
                  "deliveredBy": {
                    "name": "Sam Mentor",
                    "role": "PEER_MENTOR",
                    "appointmentId": "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30",
                    "appointedBy": "A_PROGRAMME_MANAGER"
                  },
                  "length": "EXTENDED",
                  "probationServiceDevice": true,
                  "location": "Probation office, interview room 2",
                  "notes": null,
                  "referralIds": [
                    "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90"
                  ],
                  "bookedBy": "A_PRACTITIONER",
                  "bookedAt": "2026-12-01T10:00:00Z",
                  "attendance": null,
                  "cancellationReason": "RESCHEDULED",
                  "outcomeNotes": "The person starts a new job that week; booked again for the week after.",
                  "followUpId": null,
                  "closedBy": "A_PRACTITIONER",
                  "closedAt": "2026-12-08T09:05:00Z"
                }
              ],
              "page": 0,
              "size": 20,
              "totalElements": 2,
              "totalPages": 1,
              "totalElementsExact": true
            }
            """;

    static final String MODULE = """
            {
              "version": 1,
              "title": "Pre-intervention module",
              "about": {
                "heading": "About this module",
                "paragraphs": [
                  "This module is here to help you get ready to take part in a Structured Intervention. Starting something new can bring up all sorts of feelings and practical questions, and that is normal.",
                  "As you work through it, you can think about any changes you might want to make in your life, how an intervention could help you make them, and what might make it harder for you to take part so that we can plan around it together.",
                  "You can go through the module online, or use a printed paper copy and write your thoughts down. You are welcome to share what you write with people who support you, such as family, friends or a mentor.",
                  "Afterwards you will have a follow-up session with your probation practitioner, or with someone they arrange, to talk through your thoughts. There are no right or wrong answers: what matters is what you think."
                ]
              },
              "contents": {
                "heading": "Contents",
                "introduction": "The module has four short exercises. You can take them in order or go back to any of them whenever you like.",
                "format": "Each exercise has a video at the top of the page and some questions underneath to help you reflect, and if you are using the paper copy you can write your answers in the spaces provided."
              },
              "exercises": [
                {
                  "number": 1,
                  "code": "INTRODUCTORY_VIDEO",
                  "title": "What interventions are",
                  "summary": "This short video gives a simple introduction to interventions: what they are and what taking part involves.",
                  "video": {
                    "reference": "pim-v1-exercise-1",
                    "title": "An introduction to interventions",
                    "description": "A brief overview of what interventions are, who they are for and what you can expect if you take part in one."
                  },
                  "reflectionQuestions": [
                    "What did you already know about interventions before watching this video?",
                    "What stood out to you most from the video, and why?",
                    "What would you like to be different in your life a year from now?",
                    "How do you think taking part in an intervention might help you move towards that?",
                    "What questions would you like to ask about the intervention you have been referred to?"
                  ]
                },
                {
                  "number": 2,
                  "code": "GETTING_READY",
                  "title": "Getting Ready",
                  "summary": "Someone who has been part of a group tells their own story of the difficulties they worked through to take part, and what changed for them as a result.",
                  "video": {
                    "reference": "pim-v1-exercise-2",
                    "title": "Getting Ready: one group member's story",
                    "description": "In their own words, a former group member describes the personal challenges they faced before joining a group, how they got past them and what they gained from taking part."
                  },
                  "reflectionQuestions": [
                    "Which parts of this person's story, if any, feel familiar to you?",
                    "What helped them get past the things that were holding them back?",
                    "What might make it difficult for you to take part, for example travel, work, health, alcohol or drugs, or how you are feeling?",
                    "What could help you deal with those difficulties, and who could support you?",
                    "What strengths or past successes could you draw on to help you get through an intervention?",
                    "What would you hope to get out of taking part?"
                  ]
                },
                {
                  "number": 3,
                  "code": "WORKING_WITH_PROBATION_FROM_HOME",
                  "title": "Working with probation from your home",
                  "summary": "This exercise explains how to take part in sessions remotely, from your own home, if that is how your intervention will be delivered.",
                  "video": {
                    "reference": "pim-v1-exercise-3",
                    "title": "Taking part from home",
                    "description": "Practical guidance on joining sessions remotely, including what equipment you need and how to set up a suitable space at home."
                  },
                  "reflectionQuestions": [
                    "Do you have a phone, tablet or computer and an internet connection you could use to join sessions?",
                    "Is there a quiet, private place at home where you could take part without being interrupted?",
                    "How confident do you feel about using video calls, and what would help you feel more confident?",
                    "What might get in the way of joining sessions from home, and how could it be sorted out?",
                    "What would you like your probation practitioner to know about taking part remotely?"
                  ]
                },
                {
                  "number": 4,
                  "code": "CONDITIONS_OF_SUCCESS",
                  "title": "Conditions of success",
                  "summary": "This video sets out the things that everyone involved in an intervention, both staff and participants, agrees to keep to so that it works well for all.",
                  "video": {
                    "reference": "pim-v1-exercise-4",
                    "title": "Conditions of success",
                    "description": "An explanation of the shared expectations that staff and participants all need to keep to for an intervention to succeed, and why they matter."
                  },
                  "reflectionQuestions": [
                    "Which of these conditions do you think will be easiest for you to keep to?",
                    "Are there any you think could be harder for you, and what might help with them?",
                    "What would you need from staff and other group members to feel comfortable taking part?",
                    "Why do you think these conditions matter for everyone in the group?",
                    "What could you do if something came up that made it hard to attend or keep to the conditions?"
                  ]
                }
              ]
            }
            """;
}
