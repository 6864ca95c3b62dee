package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack.ServiceProcess;

/**
 * The journey across the four packaged services, each in its own process, driven over REST as a practitioner, a
 * Treatment Manager and the nDelius adapter would: find a Structured Intervention, introduce the module, refer, hold
 * the follow-up, complete the module and assess the person. The referral moves and the contacts appear through the
 * broker alone, and the RAR tally stays right; a person assessed not ready is paused with a concern; readiness is lost
 * by a later "not ready", and a later referral waits for an assessment made for it; and services
 * stopped mid-journey catch up when they start again, with no event lost and none applied twice.
 */
class JourneyIT extends CatalogueAndReferral {

    private static final String POSITIVE_PATHWAYS = "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11";
    private static final String PP = LocalTokens.token("JO_PRACTITIONER", List.of("ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER"));
    private static final String TM = LocalTokens.token("TM_LONDON", List.of("ROLE_STRUCTURED_INTERVENTIONS__TREATMENT_MANAGER"));
    private static final String DELIUS = LocalTokens.token("DELIUS_ADAPTER", List.of("ROLE_STRUCTURED_INTERVENTIONS__DELIUS_SYNC"));
    private static final String PROGRAMME_MANAGER = LocalTokens.token("ALEX_PM",
            List.of("ROLE_STRUCTURED_INTERVENTIONS__PROGRAMME_MANAGER"));
    /** The peer mentor the Programme Manager appointed, who delivers the follow-ups; made once. */
    private static String peerMentorAppointment;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final List<String> ALL_EXERCISES = List.of("INTRODUCTORY_VIDEO", "GETTING_READY",
            "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS");

    static ServiceProcess readiness;
    static ServiceProcess contactLog;

    @BeforeAll
    static void startReadinessAndContactLog() {
        // Its consumer of referral.events commits offsets only every ten minutes (and when it stops gracefully), so a
        // crash redelivers what it has handled, as a crash between handling and committing would.
        readiness = start(ServiceProcess.READINESS,
                Map.of("mp.messaging.incoming.referral-events.auto.commit.interval.ms", "600000"));
        contactLog = start(ServiceProcess.CONTACT_LOG);
        readiness.awaitReady(Duration.ofMinutes(2));
        contactLog.awaitReady(Duration.ofMinutes(2));
        await("referral-service has the seeded Positive Pathways from catalogue.events", () -> "PUBLISHED".equals(
                query("referral", "SELECT status FROM catalogue_intervention WHERE id = '" + POSITIVE_PATHWAYS + "'")));
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
    void a_practitioner_finds_an_intervention_introduces_the_module_and_refers_and_the_referral_becomes_ready_to_allocate() {
        // 1. The Structured Interventions London offers for Attitudes, Thinking and Behaviour.
        JsonNode found = json(expect(200, call("GET", catalogue.baseUrl()
                + "/interventions?region=london&needArea=ATB&type=STRUCTURED_INTERVENTION&status=PUBLISHED", PP, null)));
        assertThat(found.path("totalElements").asInt()).isPositive();
        found.path("content").forEach(intervention -> {
            assertThat(intervention.path("needArea").asText()).isEqualTo("ATB");
            assertThat(intervention.path("type").asText()).isEqualTo("STRUCTURED_INTERVENTION");
            assertThat(intervention.path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(intervention.path("offerings").findValuesAsText("region")).contains("london");
        });
        assertThat(found.path("content").findValuesAsText("id")).contains(POSITIVE_PATHWAYS);

        Person person = new Person();
        long requirementId = person.registerRarRequirement(20);

        // 2. At induction, the module is introduced; the person has no suitable device.
        person.introduce(TODAY.minusDays(7));

        // 3. The referral is created and submitted; it waits on readiness, and readiness-service links it.
        String referralUrl = person.refer();
        person.awaitLinked(referralUrl);

        // 4. A standard follow-up is refused, as the person has no suitable device; the extended one is recorded.
        assertThat(expect(422, person.followUp(TODAY, "STANDARD")).body()).contains("\"length\"");
        // An earlier follow-up the person attended but failed to comply with is kept for nDelius and earns no RAR day.
        expect(201, person.followUp(TODAY.minusDays(3), "EXTENDED", "ATTENDED_FAILED_TO_COMPLY"));
        expect(201, person.followUp(TODAY, "EXTENDED"));

        // 5. The module is completed on the day of the follow-up, and the person assessed ready.
        person.complete(TODAY);
        assertThat(json(expect(201, person.assess("{\"ready\": true}"))).path("status").asText()).isEqualTo("READY");

        // 6. The referral reaches ready to allocate, moved by readiness-service's events.
        person.awaitReferralStatus(referralUrl, "READY_TO_ALLOCATE");
        JsonNode history = json(call("GET", referralUrl + "/history", PP, null));
        assertThat(history.findValuesAsText("to")).containsSubsequence("AWAITING_READINESS", "READY_TO_ALLOCATE");
        assertThat(history.findValuesAsText("changedBy")).contains("readiness-service");
        await("readiness-service shows the referral's new status", () ->
                person.record().path("linkedReferrals").findValuesAsText("status").equals(List.of("READY_TO_ALLOCATE")));

        // 7. The contact log has the introduction, both follow-ups and the completion, and counts one RAR day
        //    for the complied follow-up and the completion on the same day; the failed-to-comply one counts none.
        JsonNode contacts = person.awaitContacts(4);
        assertThat(contacts.findValuesAsText("type")).containsExactlyInAnyOrder("PIM_INTRODUCTION", "PIM_FOLLOW_UP",
                "PIM_FOLLOW_UP", "PIM_COMPLETION");
        assertThat(contacts.findValuesAsText("source")).containsOnly("READINESS_SERVICE");
        JsonNode requirement = person.rar().path("requirements").get(0);
        assertThat(requirement.path("requirementId").asLong()).isEqualTo(requirementId);
        assertThat(requirement.path("daysUsed").asInt()).as(requirement.toString()).isEqualTo(1);
        assertThat(requirement.path("daysRemaining").asInt()).isEqualTo(19);
        assertThat(requirement.path("rarDays")).hasSize(1);
        assertThat(requirement.path("rarDays").get(0).path("date").asText()).isEqualTo(TODAY.toString());
        assertThat(requirement.path("contactsNotCounted").findValuesAsText("reason")).as(requirement.toString())
                .containsExactly("FAILED_TO_COMPLY");

        // 8. A revisit adds no RAR day.
        String tally = call("GET", person.rarUrl(), PP, null).body();
        expect(201, call("POST", person.recordUrl() + "/revisits", PP, """
                {"session": %s, "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
                 "exercisesRevisited": ["CONDITIONS_OF_SUCCESS"]}""".formatted(session(TODAY))));
        person.awaitContactLogHasRead("structured-interventions.readiness.module-revisited");
        assertThat(call("GET", person.rarUrl(), PP, null).body()).isEqualTo(tally);
        assertThat(person.contacts().path("totalElements").asInt()).isEqualTo(4);
    }

    @Test
    void a_submission_and_the_assessment_made_for_it_each_leave_one_trace_across_the_services_through_kafka() {
        Person person = new Person();
        person.introduce(TODAY.minusDays(7));

        // The submission: its request in referral-service, the relay's send, and readiness-service linking it.
        String referralUrl = person.refer();
        person.awaitLinked(referralUrl);
        String submission = traceIdOf(query("referral", "SELECT traceparent FROM outbox_event WHERE event_key = '"
                + person.crn + "' AND event_type = 'structured-interventions.referral.submitted'"));
        String submitted = query("referral", "SELECT id::text FROM outbox_event WHERE event_key = '" + person.crn
                + "' AND event_type = 'structured-interventions.referral.submitted'");
        assertThat(traceIdOf(query("readiness", "SELECT traceparent FROM inbox_event WHERE consumer = 'referral-links'"
                + " AND event_id = '" + submitted + "'"))).isEqualTo(submission);
        awaitTrace(submission, ServiceProcess.REFERRAL, ServiceProcess.READINESS);
        await("the submission's trace holds the relay's send and readiness-service's handling", () -> traces
                .trace(submission).stream().map(OtlpTraceReceiver.ReceivedSpan::name).toList()
                .containsAll(List.of("referral.events publish", "referral-events process")));
        assertThat(logLinesOf(referral, submission)).anyMatch(line -> line.contains("to the outbox"));
        assertThat(logLinesOf(readiness, submission)).anyMatch(line -> line.contains("referral-links handled event"));

        expect(201, person.followUp(TODAY, "EXTENDED"));
        person.complete(TODAY);

        // The assessment made for it: readiness-service's request, readiness.assessed moving the referral in
        // referral-service (whose status change goes back to readiness-service) and reaching contact-log-service:
        // one trace in all three.
        expect(201, person.assess("{\"ready\": true}"));
        person.awaitReferralStatus(referralUrl, "READY_TO_ALLOCATE");
        person.awaitContactLogHasRead("structured-interventions.readiness.assessed");
        String assessment = traceIdOf(query("readiness", "SELECT traceparent FROM outbox_event WHERE event_key = '"
                + person.crn + "' AND event_type = 'structured-interventions.readiness.assessed'"));
        assertThat(assessment).isNotEqualTo(submission);
        await("readiness-service has heard of the referral's move", () -> person.record().path("linkedReferrals")
                .findValuesAsText("status").equals(List.of("READY_TO_ALLOCATE")));
        // The events each hop wrote, and the inbox rows of each consumer, carry that trace on.
        assertThat(traceIdOf(query("referral", "SELECT traceparent FROM outbox_event WHERE event_key = '" + person.crn
                + "' AND event_type = 'structured-interventions.referral.status-changed' ORDER BY seq DESC LIMIT 1")))
                .isEqualTo(assessment);
        assertThat(traceIdOf(query("referral", "SELECT traceparent FROM inbox_event WHERE consumer = 'readiness-reports'"
                + " AND event_type = 'structured-interventions.readiness.assessed' ORDER BY received_at DESC LIMIT 1")))
                .isEqualTo(assessment);
        assertThat(query("contact_log", "SELECT count(*)::text FROM inbox_event WHERE consumer = 'module-contacts'"
                + " AND traceparent LIKE '00-" + assessment + "-%'")).isEqualTo("1");
        awaitTrace(assessment, ServiceProcess.READINESS, ServiceProcess.REFERRAL, ServiceProcess.CONTACT_LOG);
        // A span reaches the receiver once its service's exporter sends its batch, after the work it times committed.
        List<String> hops = List.of(
                "readiness-service: readiness.events publish",
                "referral-service: readiness-events process",
                "referral-service: referral.events publish",
                "readiness-service: referral-events process",
                "contact-log-service: readiness-events process");
        await("the trace holds a span of every hop", () -> traces.trace(assessment).stream()
                .map(span -> span.service() + ": " + span.name()).toList().containsAll(hops));
        // One span starts it (the request's), and every other hangs from a span of it.
        await("every span of the trace hangs from another of it", () -> {
            List<OtlpTraceReceiver.ReceivedSpan> spans = traces.trace(assessment);
            return spans.stream().filter(span -> span.parentSpanId().isEmpty()).count() == 1
                    && spans.stream().allMatch(span -> span.parentSpanId().isEmpty() || spans.stream()
                            .anyMatch(other -> other.spanId().equals(span.parentSpanId())));
        });
        assertThat(traces.trace(assessment).stream().filter(span -> span.parentSpanId().isEmpty()))
                .extracting(OtlpTraceReceiver.ReceivedSpan::service).containsExactly("readiness-service");
        // And each service's JSON log names it.
        assertThat(logLinesOf(readiness, assessment)).anyMatch(line -> line.contains("readiness.assessed"));
        assertThat(logLinesOf(referral, assessment)).anyMatch(line -> line.contains("readiness-reports handled event"));
        assertThat(logLinesOf(contactLog, assessment)).anyMatch(line -> line.contains("module-contacts handled event"));
    }

    /** The trace id of a W3C traceparent ({@code 00-<trace id>-<span id>-<flags>}), or null. */
    private static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}").matcher(traceparent);
        assertThat(matcher.matches()).as(traceparent).isTrue();
        return matcher.group(1);
    }

    /** Waits until every one of the services has exported a span of the trace. */
    private static void awaitTrace(String traceId, ServiceProcess.Service... services) {
        await("trace " + traceId + " has spans from every service", () -> traces.trace(traceId).stream()
                .map(OtlpTraceReceiver.ReceivedSpan::service).collect(java.util.stream.Collectors.toSet())
                .containsAll(java.util.Arrays.stream(services).map(ServiceProcess.Service::name).toList()));
    }

    /** The lines of a service's log that name the trace in their MDC; each is one JSON object. */
    private static List<String> logLinesOf(ServiceProcess service, String traceId) {
        List<String> lines;
        try {
            lines = java.nio.file.Files.readAllLines(service.log()).stream()
                    .filter(line -> line.contains("\"traceId\":\"" + traceId + "\"")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(lines).as(service.service().name() + " logs lines naming trace " + traceId).isNotEmpty()
                .allSatisfy(line -> assertThat(mdcTraceIdOf(line)).isEqualTo(traceId));
        return lines;
    }

    private static String mdcTraceIdOf(String jsonLine) {
        try {
            return JSON.readTree(jsonLine).path("mdc").path("traceId").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not a JSON log line: " + jsonLine, e);
        }
    }

    @Test
    void a_person_assessed_not_ready_has_their_referral_paused_and_a_concern_raised_for_the_treatment_manager() {
        Person person = new Person();
        person.introduce(TODAY.minusDays(2));
        String referralUrl = person.refer();
        person.awaitLinked(referralUrl);

        // 9. Shift work stands in the way: not ready, with a barrier, notes and an unresolved issue.
        JsonNode assessed = json(expect(201, person.assess("""
                {"ready": false, "barriers": ["WORK_PATTERN"],
                 "notes": "Shift pattern changes weekly; cannot commit to a fixed group day yet.",
                 "unresolvedIssues": "Employer has not confirmed fixed shifts.",
                 "recommendSentencePlanReassessment": true}""")));
        assertThat(assessed.path("status").asText()).isEqualTo("NOT_READY");
        assertThat(assessed.path("openConcerns").asInt()).isEqualTo(1);

        // The referral is paused, with the barrier, by readiness-service's event.
        person.awaitReferralStatus(referralUrl, "SUITABLE_BUT_NOT_READY");
        JsonNode referral = json(call("GET", referralUrl, PP, null));
        assertThat(referral.path("readinessBarriers").toString()).contains("WORK_PATTERN");

        // The Treatment Manager finds the concern among those waiting, addressed to them and the practitioner, and
        // acknowledges it.
        JsonNode concern = null;
        for (JsonNode waiting : json(expect(200, call("GET", readiness.baseUrl() + "/concerns?acknowledged=false&size=100",
                TM, null))).path("content")) {
            if (person.crn.equals(waiting.path("crn").asText())) {
                concern = waiting.path("concern");
            }
        }
        assertThat(concern).as("the person's concern is on the Treatment Manager's list").isNotNull();
        assertThat(concern.path("addressedTo").toString()).contains("TREATMENT_MANAGER", "PROBATION_PRACTITIONER");
        assertThat(concern.path("barriers").toString()).contains("WORK_PATTERN");
        assertThat(concern.path("recommendSentencePlanReassessment").asBoolean()).isTrue();
        assertThat(concern.path("practitioners").toString()).contains("JO_PRACTITIONER");
        assertThat(readinessEventsOf(person.crn)).contains("structured-interventions.readiness.concern-raised=1");
        JsonNode acknowledged = json(expect(200, call("POST", person.recordUrl() + "/concerns/"
                + concern.path("id").asText() + "/acknowledgement", TM, "{\"notes\": \"Start moved to the next cohort.\"}")));
        assertThat(acknowledged.path("openConcerns").asInt()).isZero();
        assertThat(acknowledged.path("concerns").get(0).path("acknowledgedBy").asText()).isEqualTo("TM_LONDON");
        assertThat(json(call("GET", readiness.baseUrl() + "/concerns?acknowledged=false&size=100", TM, null))
                .path("content").findValuesAsText("crn")).doesNotContain(person.crn);
        assertThat(json(call("GET", referralUrl, PP, null)).path("status").asText()).isEqualTo("SUITABLE_BUT_NOT_READY");
    }

    @Test
    void readiness_is_lost_by_a_later_not_ready_and_a_later_referral_waits_for_an_assessment_made_for_it() {
        Person person = new Person();
        person.introduce(TODAY.minusDays(7));
        String first = person.refer();
        person.awaitLinked(first);
        expect(201, person.followUp(TODAY, "EXTENDED"));
        person.complete(TODAY);
        expect(201, person.assess("{\"ready\": true}"));
        person.awaitReferralStatus(first, "READY_TO_ALLOCATE");

        // 10. A later "not ready" takes the ready-to-allocate referral back, with the barrier.
        String notReady = """
                {"ready": false, "barriers": ["SUBSTANCE_MISUSE"], "notes": "Relapsed last week."}""";
        expect(201, person.assess(notReady));
        person.awaitReferralStatus(first, "SUITABLE_BUT_NOT_READY");
        assertThat(json(call("GET", first, PP, null)).path("readinessBarriers").toString()).contains("SUBSTANCE_MISUSE");

        // 11. Ready again, allocated; a "not ready" now leaves it allocated with a concern for the Treatment Manager.
        expect(201, person.assess("{\"ready\": true}"));
        person.awaitReferralStatus(first, "READY_TO_ALLOCATE");
        person.move(first, "ALLOCATED");
        expect(201, person.assess(notReady));
        await("the allocated referral carries a readiness concern", () ->
                json(call("GET", first, PP, null)).path("readinessConcern").path("barriers").toString()
                        .contains("SUBSTANCE_MISUSE"));
        assertThat(json(call("GET", first, PP, null)).path("status").asText()).isEqualTo("ALLOCATED");
        assertThat(query("referral", "SELECT count(*)::text FROM outbox_event WHERE event_key = '" + person.crn
                + "' AND event_type = 'structured-interventions.referral.readiness-concern-raised'")).isEqualTo("1");
        expect(201, person.assess("{\"ready\": true}"));
        await("a later ready assessment clears the concern", () ->
                json(call("GET", first, PP, null)).path("readinessConcern").isNull());
        person.move(first, "IN_PROGRESS");
        person.move(first, "COMPLETED");

        // 12. A second referral, after the first is completed: the module is not repeated, but the referral waits for
        //     an assessment made for it.
        await("readiness-service has seen the first referral completed", () ->
                person.record().path("linkedReferrals").findValuesAsText("status").contains("COMPLETED"));
        String second = person.refer();
        person.awaitLinked(second);
        assertThat(person.record().path("status").asText()).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(json(call("GET", second, PP, null)).path("status").asText()).isEqualTo("AWAITING_READINESS");
        JsonNode assessed = json(expect(201, person.assess("{\"ready\": true}")));
        assertThat(assessed.path("status").asText()).isEqualTo("READY");
        JsonNode assessments = assessed.path("assessments");
        assertThat(assessments.get(assessments.size() - 1).path("referralIds").toString())
                .contains(second.substring(second.lastIndexOf('/') + 1));
        person.awaitReferralStatus(second, "READY_TO_ALLOCATE");
        assertThat(readinessEventsOf(person.crn)).contains("structured-interventions.readiness.module-completed=1");
    }

    @Test
    void a_journey_completes_with_no_event_lost_or_applied_twice_when_services_stop_part_way() {
        Person person = new Person();
        person.registerRarRequirement(20);
        person.introduce(TODAY.minusDays(7));
        person.awaitContacts(1);

        // readiness-service crashes just after linking the referral, before its consumer commits the offset, so
        // referral.submitted (and every referral event before it) is delivered again when it starts: the inbox must
        // make each of those a no-op.
        String referralUrl = person.refer();
        person.awaitLinked(referralUrl);
        readiness.kill();
        readiness = readiness.restart();
        readiness.awaitReady(Duration.ofMinutes(2));
        await("the restarted readiness-service has had referral events delivered again", () ->
                duplicatesSeenBy(readiness, "referral-links") >= 1);

        // contact-log-service is stopped, as in a rolling deployment, while the rest of the module happens.
        contactLog.close();
        expect(201, person.followUp(TODAY, "EXTENDED"));
        person.complete(TODAY);
        expect(201, person.assess("{\"ready\": true}"));
        person.awaitReferralStatus(referralUrl, "READY_TO_ALLOCATE");
        contactLog = contactLog.restart();
        contactLog.awaitReady(Duration.ofMinutes(2));

        // Nothing is lost: contact-log-service reads what it missed.
        person.awaitContactLogHasRead("structured-interventions.readiness.assessed");
        JsonNode contacts = person.awaitContacts(3);
        assertThat(contacts.findValuesAsText("type")).containsExactlyInAnyOrder("PIM_INTRODUCTION", "PIM_FOLLOW_UP",
                "PIM_COMPLETION");
        assertThat(person.rar().path("requirements").get(0).path("daysUsed").asInt()).isEqualTo(1);

        // Nothing is doubled: one link, one move to ready, one event per step, one contact event per contact.
        assertThat(person.record().path("linkedReferrals")).hasSize(1);
        assertThat(json(call("GET", referralUrl + "/history", PP, null)).findValuesAsText("to"))
                .containsExactly("DRAFT", "AWAITING_READINESS", "READY_TO_ALLOCATE");
        assertThat(readinessEventsOf(person.crn)).isEqualTo(String.join(",",
                "structured-interventions.readiness.assessed=1",
                "structured-interventions.readiness.follow-up-completed=1",
                "structured-interventions.readiness.module-completed=1",
                "structured-interventions.readiness.module-introduced=1"));
        assertThat(query("contact_log", "SELECT count(*)::text FROM outbox_event WHERE event_key = '" + person.crn
                + "' AND event_type = 'structured-interventions.contact.recorded'")).isEqualTo("3");
        assertThat(person.contacts().path("totalElements").asInt()).isEqualTo(3);
    }

    /**
     * How many redelivered events a consumer of a running service has ignored, from its metrics (OpenMetrics: an
     * exemplar may follow the value).
     */
    private static double duplicatesSeenBy(ServiceProcess service, String consumer) {
        Matcher matcher = Pattern.compile("(?m)^structured_interventions_inbox_duplicates_total\\{[^}]*consumer=\""
                + Pattern.quote(consumer) + "\"[^}]*} (\\S+)").matcher(call("GET", service.baseUrl() + "/q/metrics", PP, null).body());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    /** The readiness events published for a person, as {@code type=count}, by type. */
    private static String readinessEventsOf(String crn) {
        return query("readiness", "SELECT string_agg(event_type || '=' || n, ',' ORDER BY event_type) FROM"
                + " (SELECT event_type, count(*) AS n FROM outbox_event WHERE event_key = '" + crn
                + "' AND topic <> 'audit.events' GROUP BY event_type) e");
    }

    private static String session(LocalDate date) {
        return "{\"date\": \"%s\", \"startTime\": \"10:00\", \"endTime\": \"11:30\"}".formatted(date);
    }

    private static HttpResponse<String> call(String method, String url, String token, String json) {
        return call(method, url, token, json, Map.of());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    /** One person on probation, new to the system, and what a practitioner does for them. */
    private static final class Person {

        final String crn = "J%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));

        String recordUrl() {
            return readiness.baseUrl() + "/people/" + crn + "/readiness";
        }

        String rarUrl() {
            return contactLog.baseUrl() + "/people/" + crn + "/rar";
        }

        JsonNode record() {
            return json(expect(200, call("GET", recordUrl(), PP, null)));
        }

        /** nDelius registers the person's RAR requirement, running from a month ago for a year. */
        long registerRarRequirement(int maximumDays) {
            long requirementId = 2_600_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
            expect(201, call("POST", contactLog.baseUrl() + "/rar-requirements", DELIUS, """
                    {"requirementId": %d, "crn": "%s", "maximumDays": %d, "startDate": "%s", "expectedEndDate": "%s"}"""
                    .formatted(requirementId, crn, maximumDays, TODAY.minusMonths(1), TODAY.plusYears(1))));
            return requirementId;
        }

        void introduce(LocalDate date) {
            expect(201, call("POST", recordUrl() + "/introduction", PP, """
                    {"session": %s, "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
                     "aboutPageWalkedThrough": true, "contentsPageWalkedThrough": true, "formatExplained": true,
                     "exercisesOverviewed": %s, "paperCopyGiven": true, "suitableDevice": false}"""
                    .formatted(session(date), exercises())));
        }

        /** Drafts and submits a referral to Positive Pathways in London; answers its URL. */
        String refer() {
            JsonNode drafted = json(expect(201, call("POST", referral.baseUrl() + "/referrals", PP, """
                    {"crn": "%s", "interventionId": "%s", "region": "london", "deliveryFormat": "GROUP",
                     "deliveryMode": "IN_PERSON", "dateOfBirth": "1985-06-01", "sex": "MALE", "riskOfRecidivism": "LOW",
                     "unsuitableForAccreditedProgramme": false, "reasonForReferral": "Sentence plan names ATB work"}"""
                    .formatted(crn, POSITIVE_PATHWAYS))));
            String url = referral.baseUrl() + "/referrals/" + drafted.path("id").asText();
            assertThat(json(expect(200, call("POST", url + "/submit", PP, null))).path("status").asText())
                    .isEqualTo("AWAITING_READINESS");
            return url;
        }

        void awaitLinked(String referralUrl) {
            await("readiness-service has linked the referral", () ->
                    record().path("linkedReferrals").findValuesAsText("detailUrl").contains(referralUrl));
        }

        HttpResponse<String> followUp(LocalDate date, String length) {
            return followUp(date, length, "ATTENDED_COMPLIED");
        }

        HttpResponse<String> followUp(LocalDate date, String length, String attendance) {
            return call("POST", recordUrl() + "/follow-ups", PP, """
                    {"session": %s, "deliveredBy": {"name": "Sam Mentor", "role": "PEER_MENTOR", "appointmentId": "%s"},
                     "length": "%s", "reviewedModuleBeforehand": false, "probationServiceDeviceUsed": true,
                     "exercisesDiscussed": %s, "attendance": "%s"}"""
                    .formatted(session(date), peerMentor(), length, exercises(), attendance));
        }

        /** The Programme Manager appoints the peer mentor once; each follow-up they deliver names the appointment. */
        static synchronized String peerMentor() {
            if (peerMentorAppointment == null) {
                peerMentorAppointment = json(expect(201, call("POST", readiness.baseUrl() + "/appointments",
                        PROGRAMME_MANAGER, """
                        {"userName": "SMENTOR_%s", "name": "Sam Mentor", "role": "PEER_MENTOR"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase()))))
                        .path("id").asText();
            }
            return peerMentorAppointment;
        }

        void complete(LocalDate on) {
            expect(201, call("POST", recordUrl() + "/completion", PP, "{\"completedOn\": \"" + on + "\"}"));
        }

        HttpResponse<String> assess(String assessment) {
            return call("POST", recordUrl() + "/assessments", PP, assessment);
        }

        /** The Treatment Manager moves the referral on. */
        void move(String referralUrl, String to) {
            expect(200, call("POST", referralUrl + "/transitions", TM, "{\"to\": \"" + to + "\"}"));
        }

        void awaitReferralStatus(String referralUrl, String status) {
            await("the referral is " + status, () ->
                    status.equals(json(call("GET", referralUrl, PP, null)).path("status").asText()));
        }

        JsonNode contacts() {
            return json(expect(200, call("GET", contactLog.baseUrl() + "/contacts?crn=" + crn, DELIUS, null)));
        }

        JsonNode awaitContacts(int count) {
            await("the contact log has " + count + " contacts for " + crn,
                    () -> contacts().path("totalElements").asInt() >= count);
            JsonNode contacts = contacts();
            assertThat(contacts.path("totalElements").asInt()).as(contacts.toString()).isEqualTo(count);
            return contacts.path("content");
        }

        JsonNode rar() {
            return json(expect(200, call("GET", rarUrl(), PP, null)));
        }

        /** Waits until contact-log-service has handled this person's readiness event of the given type. */
        void awaitContactLogHasRead(String eventType) {
            String eventId = query("readiness", "SELECT id::text FROM outbox_event WHERE event_key = '" + crn
                    + "' AND event_type = '" + eventType + "' ORDER BY seq DESC LIMIT 1");
            assertThat(eventId).as("readiness-service wrote a " + eventType + " for " + crn).isNotNull();
            await("contact-log-service has handled " + eventType, () -> "1".equals(query("contact_log",
                    "SELECT count(*)::text FROM inbox_event WHERE event_id = '" + eventId + "'")));
        }

        private static String exercises() {
            List<String> quoted = new ArrayList<>();
            ALL_EXERCISES.forEach(exercise -> quoted.add("\"" + exercise + "\""));
            return quoted.toString();
        }
    }
}
