package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack.ServiceProcess;

/**
 * The pre-intervention module's path as a practitioner takes it, across the packaged services: introduce the module,
 * refer, hold the follow-up (extended, because the person has no suitable device), record completion and assess the
 * person ready. The referral reaches ready to allocate through the broker alone, and the contact log shows the
 * introduction, the pre-work contact and the completion, with one RAR day for the follow-up and completion on the same
 * day, which a revisit does not add to.
 */
class ReadinessJourneyIT extends CatalogueAndReferral {

    private static final String POSITIVE_PATHWAYS = "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11";
    private static final String PP = LocalTokens.token("JO_PRACTITIONER", List.of("ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER"));
    private static final String DELIUS = LocalTokens.token("DELIUS_ADAPTER", List.of("ROLE_STRUCTURED_INTERVENTIONS__DELIUS_SYNC"));

    static ServiceProcess readiness;
    static ServiceProcess contactLog;

    @BeforeAll
    static void startReadinessAndContactLog() {
        readiness = start(ServiceProcess.READINESS);
        contactLog = start(ServiceProcess.CONTACT_LOG);
        readiness.awaitReady(Duration.ofMinutes(2));
        contactLog.awaitReady(Duration.ofMinutes(2));
    }

    @AfterAll
    static void stopReadinessAndContactLog() {
        for (ServiceProcess service : new ServiceProcess[] {contactLog, readiness}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void introduce_refer_follow_up_complete_and_assess_make_the_referral_ready_to_allocate() {
        String crn = "J%06d".formatted((int) (Math.random() * 1_000_000));
        String record = readiness.baseUrl() + "/people/" + crn + "/readiness";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String session = "{\"date\": \"%s\", \"startTime\": \"10:00\", \"endTime\": \"11:30\"}";

        // nDelius registers the person's RAR requirement: at most 20 days.
        long requirementId = 2_600_000_000L + (long) (Math.random() * 1_000_000);
        expect(201, call("POST", contactLog.baseUrl() + "/rar-requirements", DELIUS, """
                {"requirementId": %d, "crn": "%s", "maximumDays": 20, "startDate": "%s", "expectedEndDate": "%s"}"""
                .formatted(requirementId, crn, today.minusMonths(1), today.plusYears(1))));

        // Step 1, at induction: the person has no suitable device.
        expect(201, call("POST", record + "/introduction", PP, """
                {"session": %s, "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
                 "aboutPageWalkedThrough": true, "contentsPageWalkedThrough": true, "formatExplained": true,
                 "exercisesOverviewed": ["INTRODUCTORY_VIDEO", "GETTING_READY", "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS"],
                 "paperCopyGiven": true, "suitableDevice": false}""".formatted(session.formatted(today.minusDays(7)))));

        // The referral, submitted in referral-service, waits on readiness.
        await("referral-service has the seeded Positive Pathways", () -> "PUBLISHED".equals(query("referral",
                "SELECT status FROM catalogue_intervention WHERE id = '" + POSITIVE_PATHWAYS + "'")));
        HttpResponse<String> drafted = expect(201, call("POST", referral.baseUrl() + "/referrals", PP, """
                {"crn": "%s", "interventionId": "%s", "region": "london", "deliveryFormat": "GROUP",
                 "deliveryMode": "IN_PERSON", "dateOfBirth": "1985-06-01", "sex": "MALE", "riskOfRecidivism": "LOW",
                 "unsuitableForAccreditedProgramme": false, "reasonForReferral": "Sentence plan names ATB work"}"""
                .formatted(crn, POSITIVE_PATHWAYS), Map.of()));
        String referralUrl = referral.baseUrl() + "/referrals/"
                + drafted.body().replaceFirst("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(expect(200, call("POST", referralUrl + "/submit", PP, null, Map.of())).body())
                .contains("\"status\":\"AWAITING_READINESS\"");
        await("readiness-service has linked the referral", () ->
                call("GET", record, PP, null, Map.of()).body().contains(referralUrl));

        // Step 2: a standard-length follow-up is refused; the extended one on a Probation Service device is recorded.
        String followUp = """
                {"session": %s, "deliveredBy": {"name": "Sam Mentor", "role": "PEER_MENTOR", "appointedBy": "Alex Programme-Manager"},
                 "length": "%s", "reviewedModuleBeforehand": false, "probationServiceDeviceUsed": true,
                 "exercisesDiscussed": ["INTRODUCTORY_VIDEO", "GETTING_READY", "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS"],
                 "attendance": "ATTENDED_COMPLIED"}""";
        assertThat(expect(422, call("POST", record + "/follow-ups", PP,
                followUp.formatted(session.formatted(today), "STANDARD"))).body()).contains("\"length\"");
        expect(201, call("POST", record + "/follow-ups", PP, followUp.formatted(session.formatted(today), "EXTENDED")));

        expect(201, call("POST", record + "/completion", PP, "{\"completedOn\": \"" + today + "\"}"));
        assertThat(expect(201, call("POST", record + "/assessments", PP, "{\"ready\": true}")).body())
                .contains("\"status\":\"READY\"");

        await("the referral is ready to allocate", () ->
                call("GET", referralUrl, PP, null, Map.of()).body().contains("\"status\":\"READY_TO_ALLOCATE\""));
        assertThat(call("GET", referralUrl + "/history", PP, null, Map.of()).body())
                .contains("\"to\":\"READY_TO_ALLOCATE\"", "\"changedBy\":\"readiness-service\"");
        await("readiness-service shows the referral's new status", () ->
                call("GET", record, PP, null, Map.of()).body().contains("\"status\":\"READY_TO_ALLOCATE\""));

        // The contact log shows the introduction, the pre-work contact and the completion, made from readiness events.
        String contacts = contactLog.baseUrl() + "/contacts?crn=" + crn;
        await("the contact log has the module's three contacts", () ->
                call("GET", contacts, DELIUS, null, Map.of()).body().contains("\"totalElements\":3"));
        assertThat(call("GET", contacts, DELIUS, null, Map.of()).body())
                .contains("\"type\":\"PIM_INTRODUCTION\"", "\"type\":\"PIM_FOLLOW_UP\"", "\"type\":\"PIM_COMPLETION\"",
                        "\"source\":\"READINESS_SERVICE\"");
        String rar = contactLog.baseUrl() + "/people/" + crn + "/rar";
        String tally = call("GET", rar, PP, null, Map.of()).body();
        assertThat(tally).as("the follow-up and completion on the same day are one RAR day")
                .contains("\"requirementId\":" + requirementId, "\"daysUsed\":1", "\"daysRemaining\":19",
                        "\"rarDays\":[{\"date\":\"" + today + "\"");

        // A revisit adds no RAR day, however often it happens.
        expect(201, call("POST", record + "/revisits", PP, """
                {"session": %s, "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
                 "exercisesRevisited": ["CONDITIONS_OF_SUCCESS"]}""".formatted(session.formatted(today))));
        await("contact-log-service has read the revisit", () -> "t".equals(query("contact_log",
                "SELECT count(*) > 0 FROM inbox_event WHERE event_type = 'structured-interventions.readiness.module-revisited'")));
        assertThat(call("GET", rar, PP, null, Map.of()).body()).isEqualTo(tally);
    }

    private static HttpResponse<String> call(String method, String url, String token, String json) {
        return call(method, url, token, json, Map.of());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
