package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads the audit records a service put on {@code audit.events}, for tests that check who read or changed whose data.
 * Every record read is checked against {@code docs/events/audit-recorded.schema.json}, and its {@code details} string
 * against {@code audit-event-details.schema.json}.
 */
public final class AuditTrail implements AutoCloseable {

    public static final String TOPIC = "audit.events";
    public static final String TYPE = "structured-interventions.audit.recorded";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record: the Kafka record's key and value, the value parsed and its details parsed. */
    public record Entry(String key, String value, JsonNode record, JsonNode details) {

        public String what() {
            return record.path("what").asText(null);
        }

        /** The CRNs a list showed ({@code details.crns}); empty when there are none. */
        public List<String> crns() {
            List<String> crns = new ArrayList<>();
            details.path("crns").forEach(crn -> crns.add(crn.asText()));
            return crns;
        }
    }

    private final TopicProbe probe;

    private AuditTrail(TopicProbe probe) {
        this.probe = probe;
    }

    /** Receives the audit records published from now on. */
    public static AuditTrail open() {
        return new AuditTrail(TopicProbe.open(TOPIC));
    }

    /** Waits for a record of the action keyed by the key (a CRN), then returns every record of it so far. */
    public List<Entry> await(String key, String what) {
        probe.await(received -> received.stream().map(AuditTrail::entry)
                .anyMatch(e -> key.equals(e.key()) && what.equals(e.what())), Duration.ofSeconds(30));
        return of(key, what, Duration.ofMillis(500));
    }

    /** Every record of the action keyed by the key, after a quiet wait for more. */
    public List<Entry> of(String key, String what, Duration quiet) {
        return probe.drain(quiet).stream().map(AuditTrail::entry)
                .filter(e -> key.equals(e.key()) && what.equals(e.what())).toList();
    }

    /** Every record keyed by the key, after a quiet wait for more. */
    public List<Entry> all(String key, Duration quiet) {
        return probe.drain(quiet).stream().map(AuditTrail::entry).filter(e -> key.equals(e.key())).toList();
    }

    /** Every record of the request with the id ({@code correlationId}), after a quiet wait for more. */
    public List<Entry> ofRequest(String requestId, Duration quiet) {
        return probe.drain(quiet).stream().map(AuditTrail::entry)
                .filter(e -> requestId.equals(e.record().path("correlationId").asText(null))).toList();
    }

    private static Entry entry(ConsumerRecord<String, String> record) {
        if (!TYPE.equals(TopicProbe.header(record, EventFeed.Attribute.TYPE.header()))) {
            throw new AssertionError("not an audit record on " + TOPIC + ": " + record);
        }
        EventSchemas.assertValid("audit-recorded.schema.json", record.value());
        try {
            JsonNode value = JSON.readTree(record.value());
            String details = value.path("details").asText();
            EventSchemas.assertValid("audit-event-details.schema.json", details);
            return new Entry(record.key(), record.value(), value, JSON.readTree(details));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        probe.close();
    }
}
