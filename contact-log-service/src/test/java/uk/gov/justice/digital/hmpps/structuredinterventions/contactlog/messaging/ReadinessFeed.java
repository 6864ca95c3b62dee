package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.messaging;

import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events.ReadinessReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.People;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;

/**
 * Stands in for readiness-service in tests: puts the module's steps on {@code readiness.events} exactly as its schemas
 * in {@code docs/events} describe them, checking each before sending, and can send one again with the same id.
 */
public final class ReadinessFeed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Sent> SENT = new ConcurrentHashMap<>();
    private static final List<String> ALL_EXERCISES = List.of("INTRODUCTORY_VIDEO", "GETTING_READY",
            "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS");

    private record Sent(String type, ProducerRecord<String, String> record) {
    }

    private ReadinessFeed() {
    }

    /** Step 1 on the day; returns the event id. */
    public static String introduced(String crn, LocalDate on) {
        Map<String, Object> data = session(crn, on);
        data.put("introductionId", UUID.randomUUID().toString());
        data.put("referralIds", List.of());
        data.put("suitableDevice", false);
        data.put("followUpMustBeExtended", true);
        data.put("paperCopyGiven", true);
        return send(crn, ReadinessReport.MODULE_INTRODUCED, "readiness-module-introduced.schema.json",
                stamped(data));
    }

    /** A follow-up on the day with the attendance; returns the event id. */
    public static String followedUp(String crn, LocalDate on, String attendance, UUID referralId) {
        boolean attended = attendance.startsWith("ATTENDED");
        Map<String, Object> data = session(crn, on);
        data.put("followUpId", UUID.randomUUID().toString());
        data.put("length", "EXTENDED");
        data.put("reviewedModuleBeforehand", false);
        data.put("probationServiceDeviceUsed", attended);
        data.put("exercisesDiscussed", attended ? ALL_EXERCISES : List.of());
        data.put("attendance", attendance);
        data.put("preWorkContact", attended);
        data.put("referralIds", List.of(referralId.toString()));
        return send(crn, ReadinessReport.FOLLOW_UP_COMPLETED, "readiness-follow-up-completed.schema.json",
                stamped(data));
    }

    /** The module completed on the day; returns the event id. */
    public static String completed(String crn, LocalDate on) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", person(crn));
        data.put("completedOn", on.toString());
        data.put("completedAt", OffsetDateTime.now().toString());
        data.put("moduleVersion", 1);
        data.put("referralIds", List.of());
        data.put("recordedBy", "A_PRACTITIONER");
        data.put("detailUrl", "http://readiness-service/people/" + crn + "/readiness");
        return send(crn, ReadinessReport.MODULE_COMPLETED, "readiness-module-completed.schema.json", data);
    }

    /** The completed module revisited on the day; returns the event id. */
    public static String revisited(String crn, LocalDate on, LocalDate completedOn) {
        Map<String, Object> data = session(crn, on);
        data.put("revisitId", UUID.randomUUID().toString());
        data.put("exercisesRevisited", List.of("GETTING_READY"));
        data.put("completedOn", completedOn.toString());
        return send(crn, ReadinessReport.MODULE_REVISITED, "readiness-module-revisited.schema.json", stamped(data));
    }

    /** Sends an event again with the same id: a redelivery. */
    public static void resend(String id) {
        Sent sent = Objects.requireNonNull(SENT.get(id), id);
        ProducerRecord<String, String> record = new ProducerRecord<>(sent.record().topic(), sent.record().key(),
                sent.record().value());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_type", sent.type());
        header(record, "ce_source", "urn:hmpps:structured-interventions:test");
        header(record, "ce_time", OffsetDateTime.now().toString());
        header(record, "content-type", "application/json");
        TopicProbe.send(record);
    }

    /** Sends the same step again under a new event id, as a producer that lost its outbox row might. */
    public static String resendAsNewEvent(String id) {
        Sent sent = Objects.requireNonNull(SENT.get(id), id);
        String newId = UUID.randomUUID().toString();
        SENT.put(newId, sent);
        resend(newId);
        return newId;
    }

    public static void awaitHandled(String... eventIds) {
        for (String eventId : eventIds) {
            People.await(() -> TestDatabase.handled(eventId));
        }
    }

    private static Map<String, Object> session(String crn, LocalDate on) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", person(crn));
        data.put("session", Map.of("date", on.toString(), "startTime", "10:00:00", "endTime", "11:30:00"));
        data.put("deliveredBy", Map.of("name", "Sam Jones", "role", "PEER_MENTOR", "appointedBy", "Alex Smith"));
        return data;
    }

    private static Map<String, Object> stamped(Map<String, Object> data) {
        data.put("moduleVersion", 1);
        data.put("recordedBy", "A_PRACTITIONER");
        data.put("recordedAt", OffsetDateTime.now().toString());
        data.put("detailUrl", "http://readiness-service/people/x/readiness");
        return data;
    }

    private static Map<String, Object> person(String crn) {
        return Map.of("identifiers", List.of(Map.of("type", "CRN", "value", crn)));
    }

    private static String send(String crn, String type, String schema, Map<String, Object> data) {
        String value;
        try {
            value = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        EventSchemas.assertValid(schema, value);
        String id = UUID.randomUUID().toString();
        SENT.put(id, new Sent(type, new ProducerRecord<>("readiness.events", crn, value)));
        resend(id);
        return id;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
