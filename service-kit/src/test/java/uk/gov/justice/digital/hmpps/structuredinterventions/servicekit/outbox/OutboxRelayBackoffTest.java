package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Eventually;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;

/**
 * The relay after failed batches: it waits longer after each failure in a row (here 0.2 s doubling to 1.6 s, the test
 * configuration), commits do not hurry it, the failures show in the counter and the gauge, and a batch that goes
 * resets both the wait and the gauge.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxRelayBackoffTest {

    @Inject
    OutboxRelay relay;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Nested
    class The_wait {

        @Test
        void starts_at_the_back_off_and_doubles_with_each_failure_in_a_row_up_to_the_most() {
            Duration first = Duration.ofSeconds(1);
            Duration most = Duration.ofSeconds(30);
            assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 100).stream().map(n -> OutboxRelay.backoff(n, first, most).toSeconds()))
                    .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        }
    }

    @Nested
    class The_warning {

        @Test
        void says_kafka_when_kafka_did_not_take_or_acknowledge_the_batch() {
            assertThat(OutboxRelay.cause(new OutboxRelay.KafkaSendFailed("Kafka did not acknowledge the batch in PT5S",
                    new java.util.concurrent.TimeoutException()))).startsWith("Kafka is unreachable or refused the batch: ")
                    .contains("PT5S");
        }

        @Test
        void says_the_database_when_the_database_does_not_answer() {
            RuntimeException failure = new IllegalStateException("could not run the batch",
                    new java.sql.SQLTransientConnectionException("Sorry, acquisition timeout!"));
            assertThat(OutboxRelay.cause(failure)).startsWith("the database is unreachable or not answering");
        }
    }

    @Nested
    class A_batch_kafka_refuses {

        private static final String TOPIC = "kit-test.examples";

        @Test
        void is_tried_again_less_and_less_often_whatever_commits_and_the_relay_recovers_once_it_is_gone() throws Exception {
            // A record larger than the producer's max.request.size (1 MiB): Kafka refuses it at once, every time.
            UUID tooLarge = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    INSERT INTO outbox_event (id, topic, event_key, event_type, source, occurred_at, payload)
                    VALUES (:id, :topic, 'too-large', 'structured-interventions.example.happened', 'urn:test', :at,
                            CAST(:payload AS jsonb))""")
                    .setParameter("id", tooLarge).setParameter("topic", TOPIC).setParameter("at", OffsetDateTime.now())
                    .setParameter("payload", "{\"padding\":\"" + "x".repeat(1_100_000) + "\"}").executeUpdate());
            double failuresBefore = failures();
            List<UUID> behind = new ArrayList<>();
            try {
                relay.wake();
                // 0.2 + 0.4 + 0.8 s: four failures in a row, then the wait is at its most, 1.6 s.
                Eventually.until("four batches failed in a row", Duration.ofSeconds(20), () -> inARow() >= 4);
                assertThat(failures() - failuresBefore).isGreaterThanOrEqualTo(4);

                double beforeCommits = failures();
                for (int i = 0; i < 10; i++) {
                    behind.add(QuarkusTransaction.requiringNew().call(() -> outbox.publish(event())));
                    Thread.sleep(50);
                }
                // Ten commits in half a second: without the back-off each would have woken the relay into another failure.
                assertThat(failures() - beforeCommits).as("attempts while ten commits were made").isLessThanOrEqualTo(1);
                assertThat(unpublished(behind)).as("nothing overtakes the refused batch").isEqualTo(behind.size());
            } finally {
                QuarkusTransaction.requiringNew().run(() -> entityManager
                        .createNativeQuery("DELETE FROM outbox_event WHERE id = :id").setParameter("id", tooLarge)
                        .executeUpdate());
            }
            Eventually.until("the events behind it are published once it is gone", Duration.ofSeconds(20),
                    () -> unpublished(behind) == 0);
            assertThat(inARow()).isZero();
        }

        private OutgoingEvent event() {
            return new OutgoingEvent(TOPIC, "behind", "structured-interventions.example.happened", "behind",
                    Map.of("action", "count"));
        }

        private long unpublished(List<UUID> ids) {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "SELECT count(*) FROM outbox_event WHERE id IN (:ids) AND published_at IS NULL")
                    .setParameter("ids", ids).getSingleResult()).longValue());
        }

        private double failures() {
            return registry.get("structured_interventions.outbox.relay.failures").counter().count();
        }

        private double inARow() {
            return registry.get("structured_interventions.outbox.relay.consecutive.failures").gauge().value();
        }
    }
}
