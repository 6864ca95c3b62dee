package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsumerMembershipTest {

    private static Map<String, Object> consumer(String group) {
        Map<String, Object> config = new HashMap<>();
        config.put("group.id", group);
        config.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        return config;
    }

    @Nested
    class In_a_pod {

        private final ConsumerMembership membership = new ConsumerMembership(Optional.of("referral-service-7d9f-x2bq"),
                Duration.ofSeconds(10), Duration.ofSeconds(3));

        @Test
        void each_consumer_is_a_static_member_named_by_the_pod_and_its_channel() {
            Map<String, Object> config = membership.customize("catalogue-events", null, consumer("catalogue-read-model"));
            assertThat(config).containsEntry("group.instance.id", "referral-service-7d9f-x2bq.catalogue-events")
                    .containsEntry("session.timeout.ms", 10_000)
                    .containsEntry("heartbeat.interval.ms", 3_000);
        }

        @Test
        void the_copies_of_a_concurrent_channel_each_have_their_own_legal_name() {
            Object first = membership.customize("readiness-events$1", null, consumer("g")).get("group.instance.id");
            Object second = membership.customize("readiness-events$2", null, consumer("g")).get("group.instance.id");
            Object again = membership.customize("readiness-events$2", null, consumer("g")).get("group.instance.id");
            assertThat(first).isEqualTo("referral-service-7d9f-x2bq.readiness-events-1");
            assertThat(second).isEqualTo("referral-service-7d9f-x2bq.readiness-events-2");
            assertThat(again).isNotIn(first, second);
        }

        @Test
        void a_channels_own_settings_are_kept_and_producers_left_alone() {
            Map<String, Object> own = consumer("g");
            own.put("session.timeout.ms", 30_000);
            assertThat(membership.customize("c", null, own)).containsEntry("session.timeout.ms", 30_000);
            Map<String, Object> producer = new HashMap<>(Map.of("key.serializer", "x"));
            assertThat(membership.customize("dlq", null, producer)).containsOnlyKeys("key.serializer");
        }
    }

    @Nested
    class Without_a_stable_name {

        @Test
        void consumers_are_dynamic_members_with_the_short_session_timeout() {
            ConsumerMembership membership = new ConsumerMembership(Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(3));
            assertThat(membership.customize("c", null, consumer("g")))
                    .doesNotContainKey("group.instance.id").containsEntry("session.timeout.ms", 10_000);
        }
    }
}
