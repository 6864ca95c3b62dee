package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Stands in for another service in a test: puts events on the real broker as CloudEvents 1.0 in Kafka binary mode,
 * with the headers the kit's outbox relay writes, after checking the data against the type's JSON Schema in
 * {@code docs/events}. A test can therefore feed a consumer only what the real producer could publish; a test that
 * means to feed it something else says so with {@link #sendPoison}.
 *
 * <p>The header names are the kit's ({@code servicekit.events.CloudEventHeaders}, which this module cannot see);
 * service-kit's tests check that the two agree.
 */
public final class EventFeed {

    /**
     * The CloudEvents attributes a feed writes. In Kafka binary mode each is a header named {@code ce_} and the
     * attribute's name: {@code ce_id}, {@code ce_type}.
     */
    public enum Attribute {
        SPECVERSION, ID, TYPE, SOURCE, TIME, SUBJECT;

        public String header() {
            return "ce_" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The header that says what the value is, and what it always is here. */
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";
    public static final String SPEC_VERSION_1_0 = "1.0";

    /** The source of every event a test feeds. */
    public static final String SOURCE_OF_TESTS = "urn:hmpps:structured-interventions:test";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Sent> SENT = new ConcurrentHashMap<>();

    private record Sent(String topic, String key, String type, String value) {
    }

    private EventFeed() {
    }

    /** The {@code personReference} of an event about a person: their CRN, the one identifier every event carries. */
    public static Map<String, Object> personReference(String crn) {
        return Map.of("identifiers", List.of(Map.of("type", "CRN", "value", crn)));
    }

    /**
     * Sends an event of the type with a new id and returns the id, once the broker has it.
     *
     * @param data what the event carries: a map or any object Jackson writes, or JSON text as a {@code String}
     * @throws AssertionError when the data breaks the type's schema; nothing is sent
     */
    public static String send(String topic, String key, String type, Object data) {
        String value = json(data);
        EventSchemas.assertValid(EventSchemas.fileFor(type), value);
        String id = UUID.randomUUID().toString();
        SENT.put(id, new Sent(topic, key, type, value));
        resend(id);
        return id;
    }

    /** Sends an event again with the same id and data, as a redelivery would bring it. */
    public static void resend(String id) {
        Sent sent = Objects.requireNonNull(SENT.get(id), () -> "no event " + id + " was sent by the feed");
        TopicProbe.send(record(id, sent.topic(), sent.key(), sent.type(), sent.value()));
    }

    /** Sends the data of an event again under a new id, as a producer that lost its outbox row might; returns it. */
    public static String resendAsNewEvent(String id) {
        Sent sent = Objects.requireNonNull(SENT.get(id), () -> "no event " + id + " was sent by the feed");
        String newId = UUID.randomUUID().toString();
        SENT.put(newId, sent);
        resend(newId);
        return newId;
    }

    /**
     * Sends a poison event: the headers of an event of the type around data that breaks its schema, as no real
     * producer would publish. Returns its id.
     *
     * @throws AssertionError when the data is in fact valid, so a poison test cannot pass on a healthy event
     */
    public static String sendPoison(String topic, String key, String type, String value) {
        if (EventSchemas.problems(EventSchemas.fileFor(type), value).isEmpty()) {
            throw new AssertionError("meant as poison but valid against docs/events/" + EventSchemas.fileFor(type)
                    + ": " + value);
        }
        String id = UUID.randomUUID().toString();
        TopicProbe.send(record(id, topic, key, type, value));
        return id;
    }

    private static ProducerRecord<String, String> record(String id, String topic, String key, String type,
            String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        header(record, Attribute.SPECVERSION.header(), SPEC_VERSION_1_0);
        header(record, Attribute.ID.header(), id);
        header(record, Attribute.TYPE.header(), type);
        header(record, Attribute.SOURCE.header(), SOURCE_OF_TESTS);
        header(record, Attribute.TIME.header(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
        header(record, CONTENT_TYPE, JSON);
        return record;
    }

    private static String json(Object data) {
        if (data instanceof String text) {
            return text;
        }
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the event data as JSON", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
