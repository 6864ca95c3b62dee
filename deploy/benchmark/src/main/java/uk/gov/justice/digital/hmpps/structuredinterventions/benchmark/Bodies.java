package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;

/** The request bodies of the journey, as deploy/system-tests' JourneyIT sends them. */
public final class Bodies {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String EXERCISES = "[\"INTRODUCTORY_VIDEO\", \"GETTING_READY\", \"WORKING_WITH_PROBATION_FROM_HOME\","
            + " \"CONDITIONS_OF_SUCCESS\"]";

    private Bodies() {
    }

    /** A referral to Positive Pathways in London, for a person the catalogue's rules accept. */
    public static String draft(String crn) {
        return """
                {"crn": "%s", "interventionId": "%s", "region": "london", "deliveryFormat": "GROUP",
                 "deliveryMode": "IN_PERSON", "dateOfBirth": "1985-06-01", "sex": "MALE", "riskOfRecidivism": "LOW",
                 "unsuitableForAccreditedProgramme": false, "reasonForReferral": "Sentence plan names ATB work"}"""
                .formatted(crn, Stack.POSITIVE_PATHWAYS);
    }

    /** nDelius registers a RAR requirement running from a month ago for a year. */
    public static String rarRequirement(long requirementId, String crn, int maximumDays) {
        return """
                {"requirementId": %d, "crn": "%s", "maximumDays": %d, "startDate": "%s", "expectedEndDate": "%s"}"""
                .formatted(requirementId, crn, maximumDays, TODAY.minusMonths(1), TODAY.plusYears(1));
    }

    /** An attended rehabilitative activity counting towards the requirement. */
    public static String contact(String crn, long requirementId, LocalDate date) {
        return """
                {"crn": "%s", "type": "OTHER_REHABILITATIVE_ACTIVITY", "date": "%s", "startTime": "10:00", "endTime": "11:00",
                 "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
                 "outcome": "ATTENDED_COMPLIED", "rarRequirementId": %d}""".formatted(crn, date, requirementId);
    }

    public static String introduction(LocalDate date) {
        return """
                {"session": %s, "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
                 "aboutPageWalkedThrough": true, "contentsPageWalkedThrough": true, "formatExplained": true,
                 "exercisesOverviewed": %s, "paperCopyGiven": true, "suitableDevice": false}"""
                .formatted(session(date), EXERCISES);
    }

    public static String followUp(LocalDate date, String length) {
        return """
                {"session": %s, "deliveredBy": {"name": "Sam Mentor", "role": "PEER_MENTOR", "appointedBy": "Alex Programme-Manager"},
                 "length": "%s", "reviewedModuleBeforehand": false, "probationServiceDeviceUsed": true,
                 "exercisesDiscussed": %s, "attendance": "ATTENDED_COMPLIED"}"""
                .formatted(session(date), length, EXERCISES);
    }

    public static String completion(LocalDate on) {
        return "{\"completedOn\": \"" + on + "\"}";
    }

    public static String assessedReady() {
        return "{\"ready\": true}";
    }

    private static String session(LocalDate date) {
        return "{\"date\": \"%s\", \"startTime\": \"10:00\", \"endTime\": \"11:30\"}".formatted(date);
    }
}
