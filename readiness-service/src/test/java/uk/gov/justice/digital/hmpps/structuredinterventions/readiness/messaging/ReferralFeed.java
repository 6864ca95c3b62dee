package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging;

import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events.ReferralReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.People;

/**
 * Stands in for referral-service in tests: puts events on {@code referral.events} exactly as its schemas in
 * {@code docs/events} describe them, checking each before sending, and can send one again with the same id.
 */
public final class ReferralFeed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ProducerRecord<String, String>> SENT = new java.util.concurrent.ConcurrentHashMap<>();

    private ReferralFeed() {
    }

    /** A referral of the person was submitted (version 2); returns the event id. */
    public static String submitted(String crn, UUID referralId) {
        return send(crn, referralId, ReferralReport.SUBMITTED, "referral-submitted.schema.json", "DRAFT",
                "AWAITING_READINESS", 2);
    }

    /** The referral was withdrawn (version 3); returns the event id. */
    public static String withdrawn(String crn, UUID referralId) {
        return send(crn, referralId, ReferralReport.WITHDRAWN, "referral-withdrawn.schema.json", "AWAITING_READINESS",
                "WITHDRAWN", 3);
    }

    /** Submits a referral and waits until the person's record shows it linked. */
    public static UUID referred(String crn) {
        UUID referralId = UUID.randomUUID();
        awaitHandled(submitted(crn, referralId));
        return referralId;
    }

    public static void awaitHandled(String eventId) {
        People.await(() -> TestDatabase.handled(eventId));
    }

    private static String send(String crn, UUID referralId, String type, String schema, String from, String to,
            long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", referralId.toString());
        data.put("personReference", Map.of("identifiers", List.of(Map.of("type", "CRN", "value", crn))));
        data.put("interventionId", "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11");
        data.put("interventionName", "Positive Pathways");
        data.put("region", "london");
        data.put("deliveryFormat", "GROUP");
        data.put("deliveryMode", "IN_PERSON");
        data.put("from", from);
        data.put("to", to);
        if ("WITHDRAWN".equals(to)) {
            data.put("reasonCode", "PERSON_DECLINED");
            data.put("reason", "Declined.");
        }
        data.put("changedBy", "A_PRACTITIONER");
        data.put("changedAt", OffsetDateTime.now().toString());
        data.put("version", version);
        data.put("detailUrl", "http://referral-service/referrals/" + referralId);
        String value;
        try {
            value = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        EventSchemas.assertValid(schema, value);
        String id = UUID.randomUUID().toString();
        SENT.put(id, new ProducerRecord<>("referral.events", crn, value));
        resend(id, type);
        return id;
    }

    /** Sends an event again with the same id: a redelivery. */
    public static void resend(String id, String type) {
        ProducerRecord<String, String> original = Objects.requireNonNull(SENT.get(id), id);
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
