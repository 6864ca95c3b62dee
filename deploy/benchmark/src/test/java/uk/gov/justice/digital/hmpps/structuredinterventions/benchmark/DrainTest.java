package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventSchemas;

/** The drain's events are what referral-service's outbox relay would publish for a submission. */
class DrainTest {

    private final Drain.Event event = new Drain.Event(UUID.randomUUID().toString(), "D000042",
            UUID.randomUUID().toString(), OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 123_000_000, ZoneOffset.UTC));

    @Test
    void theDataMatchesTheReferralSubmittedSchema() {
        EventSchemas.assertValid("referral-submitted.schema.json", Drain.payload(event));
    }

    @Test
    void theRecordIsABinaryModeCloudEventKeyedByTheCrn() {
        ProducerRecord<String, String> record = Drain.record(event);
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        assertEquals("referral.events", record.topic());
        assertEquals("D000042", record.key());
        assertEquals(Map.of("ce_specversion", "1.0", "ce_id", event.id(),
                "ce_type", "structured-interventions.referral.submitted",
                "ce_source", "urn:hmpps:structured-interventions:referral-service",
                "ce_time", "2025-03-01T09:30:00.123Z", "ce_subject", event.referralId(),
                "content-type", "application/json"), headers);
    }
}
