package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a dead-letter listing shows of a record, and which records may be replayed. */
class DeadLettersTest {

    private static final DeadLetters.Channel CHANNEL = new DeadLetters.Channel("readiness-events", "readiness.events",
            "readiness.events.contact-log-service.dlq");

    private static ConsumerRecord<String, String> record(String... headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(CHANNEL.deadLetterTopic(), 1, 7, "X123456",
                "{\"notes\":\"about X123456\"}");
        for (int i = 0; i < headers.length; i += 2) {
            record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Nested
    class The_reason {

        @Test
        void masks_crns_and_quoted_values_and_drops_control_characters() {
            assertThat(DeadLetters.masked("event 1 for X123456 does not match: Cannot deserialize from String "
                    + "\"DANCED\" or 'Sam Jones'\nat line 1"))
                    .isEqualTo("event 1 for [CRN] does not match: Cannot deserialize from String \"…\" or '…' at line 1");
        }

        @Test
        void is_cut_to_300_characters() {
            assertThat(DeadLetters.masked("x".repeat(1000))).hasSize(300).endsWith("…");
        }

        @Test
        void is_absent_when_the_record_has_none() {
            assertThat(DeadLetters.masked(null)).isNull();
        }
    }

    @Nested
    class A_listed_record {

        @Test
        void shows_where_it_is_its_attributes_and_why_but_never_its_key_or_value() {
            DeadLetter listed = DeadLetters.view(CHANNEL, record("ce_id", "e-1", "ce_type", "t", "ce_source", "s",
                    "ce_time", "2026-11-20T10:05:00Z", "dead-letter-topic", "readiness.events",
                    "dead-letter-partition", "2", "dead-letter-offset", "1041", "dead-letter-reason",
                    "X123456 was not handled", "dead-letter-exception-class-name", "a.B",
                    "dead-letter-cause-class-name", "c.D"));

            assertThat(listed).isEqualTo(new DeadLetter(1, 7, null, "e-1", "t", "s", "2026-11-20T10:05:00Z",
                    "readiness.events", 2, 1041L, "[CRN] was not handled", "a.B", "c.D", true));
            assertThat(listed.toString()).doesNotContain("X123456").doesNotContain("notes");
        }

        @Test
        void with_unreadable_positions_shows_none() {
            DeadLetter listed = DeadLetters.view(CHANNEL, record("dead-letter-partition", "two",
                    "dead-letter-offset", ""));

            assertThat(listed.originalPartition()).isNull();
            assertThat(listed.originalOffset()).isNull();
            assertThat(listed.replayable()).isFalse();
        }
    }

    @Nested
    class A_record_can_be_replayed {

        @Test
        void when_it_names_the_channels_topic_and_carries_an_event_id() {
            assertThat(DeadLetters.whyNotReplayable(CHANNEL, record("ce_id", "e-1", "dead-letter-topic",
                    "readiness.events"))).isNull();
        }

        @Test
        void not_when_it_names_no_original_topic() {
            assertThat(DeadLetters.whyNotReplayable(CHANNEL, record("ce_id", "e-1")))
                    .contains("no dead-letter-topic");
        }

        @Test
        void not_when_it_names_another_topic() {
            assertThat(DeadLetters.whyNotReplayable(CHANNEL, record("ce_id", "e-1", "dead-letter-topic",
                    "referral.events"))).contains("another topic");
        }

        @Test
        void not_without_an_event_id() {
            assertThat(DeadLetters.whyNotReplayable(CHANNEL, record("dead-letter-topic", "readiness.events")))
                    .contains("no ce_id");
        }
    }
}
