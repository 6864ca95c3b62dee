package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReceivedEventTest {

    private static final ReceivedEvent EVENT = new ReceivedEvent("e1", "structured-interventions.referral.submitted",
            "urn:test", null, null, "X123456", "referral.events", 0, 0, null);

    @Test
    void reads_the_crn_a_person_reference_names() {
        PersonReference reference = new PersonReference(List.of(new PersonReference.Identifier("NOMS", "A1234BC"),
                new PersonReference.Identifier("CRN", "X123456")));

        assertThat(EVENT.crnOf(reference)).isEqualTo("X123456");
    }

    @Test
    void a_reference_without_a_valid_crn_is_poison_naming_the_event() {
        for (PersonReference bad : new PersonReference[] {null, new PersonReference(null),
                PersonReference.crn("x123456"), new PersonReference(List.of(new PersonReference.Identifier("NOMS", "A1")))}) {
            assertThatThrownBy(() -> EVENT.crnOf(bad)).isInstanceOf(PoisonEventException.class).hasMessageContaining("e1");
        }
    }

    /** A poison event's message is the dead-letter reason: it says what is wrong and where, never a value. */
    @Nested
    class What_poison_says {

        private static final ObjectMapper JSON = new ObjectMapper();
        private static final String PERSONAL = "Lives at 12 Poison Street";

        @Test
        void data_that_is_not_json_is_poison_naming_the_event_not_the_text() {
            ConsumerRecord<String, String> record = record("X123456 told us: " + PERSONAL, "2026-11-01T10:00:00Z");

            assertThatThrownBy(() -> ReceivedEvent.from(record, JSON)).isInstanceOf(PoisonEventException.class)
                    .hasMessageContaining("e2").hasMessageContaining("not JSON").hasNoCause()
                    .message().doesNotContain("X123456").doesNotContain("told");
        }

        @Test
        void an_unreadable_time_is_poison_without_the_time_it_had() {
            ConsumerRecord<String, String> record = record("{}", "when " + PERSONAL);

            assertThatThrownBy(() -> ReceivedEvent.from(record, JSON)).isInstanceOf(PoisonEventException.class)
                    .hasMessageContaining("ce_time").hasNoCause().message().doesNotContain(PERSONAL);
        }

        @Test
        void data_of_the_wrong_shape_is_poison_naming_the_field_not_the_value() throws Exception {
            ReceivedEvent event = new ReceivedEvent("e3", "t", "urn:test", null, null, "X123456", "referral.events", 0,
                    0, JSON.readTree("{\"items\":[{\"id\":\"" + PERSONAL + "\"}],\"count\":\"X123456\"}"));

            assertThatThrownBy(() -> event.dataAs(Shape.class, JSON)).isInstanceOf(PoisonEventException.class)
                    .hasMessageContaining("e3").hasMessageContaining("items[0].id").hasNoCause()
                    .message().doesNotContain(PERSONAL);
            ReceivedEvent wrongCount = new ReceivedEvent("e4", "t", "urn:test", null, null, "X123456",
                    "referral.events", 0, 0, JSON.readTree("{\"count\":\"X123456\"}"));
            assertThatThrownBy(() -> wrongCount.dataAs(Shape.class, JSON)).isInstanceOf(PoisonEventException.class)
                    .hasMessageContaining("count").hasNoCause().message().doesNotContain("X123456");
        }

        record Shape(List<Item> items, long count) {
        }

        record Item(UUID id) {
        }

        private static ConsumerRecord<String, String> record(String value, String time) {
            ConsumerRecord<String, String> record = new ConsumerRecord<>("referral.events", 0, 7, "X123456", value);
            record.headers().add(CloudEventHeaders.ID, "e2".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, "t".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SOURCE, "urn:test".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TIME, time.getBytes(StandardCharsets.UTF_8));
            return record;
        }
    }
}
