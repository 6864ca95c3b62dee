package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.ReadinessReports;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.ProducerRecord;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;

/**
 * Stands in for catalogue-service and readiness-service in tests: puts events on their topics exactly as their
 * schemas in {@code docs/events} describe them, and checks each against its schema before sending.
 */
public final class Feeds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Feeds() {
    }

    public static String randomCrn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return (char) ('A' + random.nextInt(26)) + String.format("%06d", random.nextInt(1_000_000));
    }

    /** A published Structured Intervention, as a catalogue event would carry it. */
    public static final class Intervention {
        final UUID id = UUID.randomUUID();
        String status = "PUBLISHED";
        String type = "STRUCTURED_INTERVENTION";
        String name = "Test Pathways " + id.toString().substring(0, 8);
        Integer minimumAge = 18;
        Integer maximumAge;
        List<String> sexes = List.of("FEMALE", "MALE");
        List<String> offenceCohorts = List.of();
        final Map<String, Map<String, List<String>>> offerings = new LinkedHashMap<>();

        public Intervention() {
            offerings.put("london", Map.of("formats", List.of("GROUP"), "modes", List.of("IN_PERSON", "ONLINE")));
        }

        public UUID id() {
            return id;
        }

        public String name() {
            return name;
        }

        public Intervention status(String value) {
            status = value;
            return this;
        }

        public Intervention type(String value) {
            type = value;
            return this;
        }

        public Intervention ages(Integer minimum, Integer maximum) {
            minimumAge = minimum;
            maximumAge = maximum;
            return this;
        }

        public Intervention sexes(String... values) {
            sexes = List.of(values);
            return this;
        }

        public Intervention cohorts(String... values) {
            offenceCohorts = List.of(values);
            return this;
        }

        public Intervention offeredIn(String region, List<String> formats, List<String> modes) {
            offerings.put(region, Map.of("formats", formats, "modes", modes));
            return this;
        }

        public Intervention notOfferedIn(String region) {
            offerings.remove(region);
            return this;
        }

        /** Sends the intervention at {@code version} as a catalogue event of the given type; returns the event id. */
        public String publish(String eventType, long version) {
            List<Map<String, Object>> offered = new ArrayList<>();
            offerings.forEach((region, how) -> {
                Map<String, Object> offering = new LinkedHashMap<>();
                offering.put("region", region);
                offering.put("deliveryFormats", how.get("formats"));
                offering.put("deliveryModes", how.get("modes"));
                offering.put("basis", "CORE");
                offering.put("decidedBy", null);
                offering.put("decidedOn", null);
                offering.put("openedBy", "catalogue-seed");
                offering.put("openedAt", "2026-11-01T10:00:00Z");
                offering.put("updatedBy", "catalogue-seed");
                offering.put("updatedAt", "2026-11-01T10:00:00Z");
                offered.add(offering);
            });
            Map<String, Object> eligibility = new LinkedHashMap<>();
            eligibility.put("minimumAge", minimumAge);
            eligibility.put("maximumAge", maximumAge);
            eligibility.put("sexes", sexes);
            eligibility.put("offenceCohorts", offenceCohorts);
            Map<String, Object> intervention = new LinkedHashMap<>();
            intervention.put("id", id.toString());
            intervention.put("version", version);
            intervention.put("type", type);
            intervention.put("status", status);
            intervention.put("name", name);
            intervention.put("needArea", "ATB");
            intervention.put("summary", "s");
            intervention.put("description", "d");
            intervention.put("focusAreas", List.of("making decisions"));
            intervention.put("approach", "a");
            intervention.put("sessionPlan", Map.of("preGroupSessions", 1, "coreSessions", 6, "totalSessions", 7));
            intervention.put("deliveryFormats", List.of("GROUP", "ONE_TO_ONE"));
            intervention.put("deliveryModes", List.of("IN_PERSON", "ONLINE"));
            intervention.put("eligibility", eligibility);
            intervention.put("suitabilityGuidance", "g");
            intervention.put("exclusions", List.of());
            intervention.put("alternativeAccreditedProgramme", null);
            intervention.put("approval", null);
            intervention.put("offerings", "PUBLISHED".equals(status) ? offered : List.of());
            intervention.put("withdrawal", "WITHDRAWN".equals(status)
                    ? Map.of("reason", "r", "withdrawnBy", "ADMIN", "withdrawnAt", "2026-11-01T10:00:00Z") : null);
            for (String field : List.of("createdBy", "updatedBy", "publishedBy")) {
                intervention.put(field, "ADMIN");
            }
            for (String field : List.of("createdAt", "updatedAt", "publishedAt")) {
                intervention.put(field, "2026-11-01T10:00:00Z");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("intervention", intervention);
            if (eventType.contains(".offering.")) {
                data.put("region", "london");
            }
            if (eventType.endsWith(".withdrawn")) {
                data.put("reason", "Withdrawn in a test");
            }
            data.put("detailUrl", "http://catalogue-service/interventions/" + id);
            String schema = eventType.substring("structured-interventions.".length()).replace('.', '-') + ".schema.json";
            return send("catalogue.events", id.toString(), eventType, schema, data);
        }
    }

    public static String moduleCompleted(String crn, OffsetDateTime at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", personReference(crn));
        data.put("completedOn", at.toLocalDate().toString());
        data.put("completedAt", at.toString());
        data.put("moduleVersion", 1);
        data.put("referralIds", List.of());
        data.put("recordedBy", "A_PRACTITIONER");
        data.put("detailUrl", "http://readiness-service/people/" + crn + "/readiness");
        return send("readiness.events", crn, ReadinessReports.MODULE_COMPLETED, "readiness-module-completed.schema.json", data);
    }

    public static String assessed(String crn, OffsetDateTime at, boolean ready, String... barriers) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", personReference(crn));
        data.put("assessedAt", at.toString());
        data.put("ready", ready);
        data.put("assessmentId", UUID.randomUUID().toString());
        data.put("barriers", List.of(barriers));
        data.put("concernId", ready ? null : UUID.randomUUID().toString());
        data.put("assessedBy", "A_PRACTITIONER");
        data.put("detailUrl", "http://readiness-service/people/" + crn + "/readiness");
        return send("readiness.events", crn, ReadinessReports.ASSESSED, "readiness-assessed.schema.json", data);
    }

    private static Map<String, Object> personReference(String crn) {
        return Map.of("identifiers", List.of(Map.of("type", "CRN", "value", crn)));
    }

    /** Sends one event and returns its id; the same id may be sent again with {@link #resend}. */
    private static String send(String topic, String key, String type, String schema, Map<String, Object> data) {
        String id = UUID.randomUUID().toString();
        String value;
        try {
            value = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        EventSchemas.assertValid(schema, value);
        LAST.put(id, new ProducerRecord<>(topic, key, value));
        resend(id, type);
        return id;
    }

    private static final Map<String, ProducerRecord<String, String>> LAST = new java.util.concurrent.ConcurrentHashMap<>();

    /** Sends an event again, with the same id: a redelivery. */
    public static void resend(String id, String type) {
        ProducerRecord<String, String> original = LAST.get(id);
        ProducerRecord<String, String> record = new ProducerRecord<>(original.topic(), original.key(), original.value());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_type", type);
        header(record, "ce_source", "urn:hmpps:structured-interventions:test");
        header(record, "ce_time", OffsetDateTime.now().toString());
        header(record, "content-type", "application/json");
        TopicProbe.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
