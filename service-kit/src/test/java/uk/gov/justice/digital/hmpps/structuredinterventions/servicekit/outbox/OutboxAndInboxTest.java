package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Eventually;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.CloudEventHeaders;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.InboxPruner;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.testapp.ExampleConsumer;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxAndInboxTest {

    private static final String TOPIC = "kit-test.examples";
    private static final String DEAD_LETTERS = "kit-test.examples.service-kit-test.dlq";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    InboxPruner pruner;

    @Inject
    ExampleConsumer consumer;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    ServiceKitConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    io.opentelemetry.api.OpenTelemetry openTelemetry;

    private static OutgoingEvent event(String key, Map<String, Object> data) {
        return new OutgoingEvent(TOPIC, key, "structured-interventions.example.happened", key, data);
    }

    @Nested
    class The_outbox {

        @Test
        void publishes_events_in_the_order_they_were_written_with_cloud_events_headers() {
            String key = "K" + UUID.randomUUID();
            try (TopicProbe probe = TopicProbe.open(TOPIC)) {
                List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
                    List<UUID> written = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        written.add(outbox.publish(event(key, Map.of("n", i))));
                    }
                    return written;
                });

                List<ConsumerRecord<String, String>> records = probe.await(
                        received -> received.stream().filter(r -> key.equals(r.key())).count() == 20, WAIT);

                List<ConsumerRecord<String, String>> mine = records.stream().filter(r -> key.equals(r.key())).toList();
                assertThat(mine).extracting(r -> header(r, CloudEventHeaders.ID))
                        .containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
                ConsumerRecord<String, String> first = mine.get(0);
                assertThat(first.value()).isEqualToIgnoringWhitespace("{\"n\":0}");
                assertThat(header(first, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
                assertThat(header(first, CloudEventHeaders.TYPE)).isEqualTo("structured-interventions.example.happened");
                assertThat(header(first, CloudEventHeaders.SOURCE))
                        .isEqualTo("urn:hmpps:structured-interventions:service-kit-test");
                assertThat(header(first, CloudEventHeaders.SUBJECT)).isEqualTo(key);
                assertThat(header(first, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
                assertThat(OffsetDateTime.parse(header(first, CloudEventHeaders.TIME))).isNotNull();
            }
        }

        @Test
        void marks_what_it_published_and_prunes_nothing_younger_than_the_retention() {
            UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(event("K-" + UUID.randomUUID(), Map.of())));
            long deadline = System.nanoTime() + WAIT.toNanos();
            OffsetDateTime published = null;
            while (published == null && System.nanoTime() < deadline) {
                published = QuarkusTransaction.requiringNew().call(() -> entityManager.find(OutboxRecord.class, id).publishedAt);
            }
            assertThat(published).isNotNull();
            relay.prunePublished();
            assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.find(OutboxRecord.class, id))).isNotNull();
        }

        @Test
        void publishes_nothing_when_the_writing_transaction_rolls_back() {
            String key = "rolled-back-" + UUID.randomUUID();
            try (TopicProbe probe = TopicProbe.open(TOPIC)) {
                assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    outbox.publish(event(key, Map.of()));
                    throw new IllegalStateException("the change fails after the event was written");
                })).hasMessageContaining("the change fails");
                String marker = "after-" + UUID.randomUUID();
                QuarkusTransaction.requiringNew().run(() -> outbox.publish(event(marker, Map.of())));
                List<ConsumerRecord<String, String>> records =
                        probe.await(received -> received.stream().anyMatch(r -> marker.equals(r.key())), WAIT);
                assertThat(records).noneMatch(r -> key.equals(r.key()));
            }
        }

        @Test
        void publishes_an_event_as_soon_as_its_transaction_commits_without_waiting_for_the_poll() {
            String key = "prompt-" + UUID.randomUUID();
            try (TopicProbe probe = TopicProbe.open(TOPIC)) {
                // Let the relay settle into its wait, so the event below is not caught by a poll already under way.
                relay.relayBatch();
                QuarkusTransaction.requiringNew().run(() -> outbox.publish(event(key, Map.of())));
                long committed = System.nanoTime();
                probe.await(received -> received.stream().anyMatch(r -> key.equals(r.key())), WAIT);
                // The fallback poll in these tests is 5 s (see application.properties): well beyond this bound.
                assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofSeconds(3));
            }
        }

        @Test
        void sends_an_event_written_for_the_next_batch_with_the_next_event_that_wakes_the_relay() {
            String unhurried = "next-batch-" + UUID.randomUUID();
            String prompt = "wakes-" + UUID.randomUUID();
            try (TopicProbe probe = TopicProbe.open(TOPIC)) {
                relay.relayBatch();
                QuarkusTransaction.requiringNew().run(() -> outbox.publishWithNextBatch(event(unhurried, Map.of())));
                UUID waiting = QuarkusTransaction.requiringNew().call(() -> entityManager
                        .createQuery("select id from OutboxRecord where key = :key and publishedAt is null", UUID.class)
                        .setParameter("key", unhurried).getSingleResult());
                assertThat(waiting).as("its commit did not wake the relay").isNotNull();
                QuarkusTransaction.requiringNew().run(() -> outbox.publish(event(prompt, Map.of())));
                long committed = System.nanoTime();
                probe.await(received -> received.stream()
                        .filter(r -> unhurried.equals(r.key()) || prompt.equals(r.key())).count() == 2, WAIT);
                // The fallback poll in these tests is 5 s: both went with the batch the second commit woke.
                assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofSeconds(3));
            }
        }

        @Test
        void keeps_each_keys_order_and_delivers_every_event_with_two_relays_running_at_once() throws Exception {
            // A second replica's relay: its own producer and its own thread, against the same outbox.
            OutboxProducer secondProducer = new OutboxProducer(kafkaConfig, "second-replica", config, registry);
            OutboxRelay second = new OutboxRelay(entityManager, secondProducer, Clock.systemUTC(), config, registry,
                    openTelemetry);
            String run = UUID.randomUUID().toString().substring(0, 8);
            int keys = 8;
            int perKey = 40;
            Map<String, List<String>> written = new ConcurrentHashMap<>();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            try (TopicProbe probe = TopicProbe.open(TOPIC)) {
                second.start();
                List<Future<?>> done = new ArrayList<>();
                for (int k = 0; k < keys; k++) {
                    String key = "order-" + run + "-" + k;
                    // One writer per key, one transaction per event, as the services write one person's events in turn.
                    done.add(writers.submit(() -> {
                        List<String> ids = new ArrayList<>();
                        for (int n = 0; n < perKey; n++) {
                            int number = n;
                            ids.add(QuarkusTransaction.requiringNew().call(
                                    () -> outbox.publish(event(key, Map.of("n", number)))).toString());
                            if (number % 10 == 0) {
                                second.wake();
                            }
                        }
                        written.put(key, ids);
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
                Set<String> all = ConcurrentHashMap.newKeySet();
                written.values().forEach(all::addAll);
                List<ConsumerRecord<String, String>> records = probe.await(received -> received.stream()
                        .map(r -> header(r, CloudEventHeaders.ID)).filter(all::contains).distinct().count() == all.size(),
                        WAIT);

                Map<String, List<String>> firstSeen = new LinkedHashMap<>();
                for (ConsumerRecord<String, String> record : records) {
                    String id = header(record, CloudEventHeaders.ID);
                    if (all.contains(id)) {
                        List<String> seen = firstSeen.computeIfAbsent(record.key(), k -> new ArrayList<>());
                        if (!seen.contains(id)) {
                            seen.add(id);
                        }
                    }
                }
                assertThat(firstSeen).hasSize(keys);
                written.forEach((key, ids) -> assertThat(firstSeen.get(key)).as(key).containsExactlyElementsOf(ids));
            } finally {
                second.stop();
                secondProducer.close();
                writers.shutdownNow();
            }
        }

        @Test
        void refuses_to_write_outside_a_transaction() {
            assertThatThrownBy(() -> outbox.publish(event("no-transaction", Map.of())))
                    .isInstanceOf(TransactionalException.class);
        }

        @Test
        void refuses_an_event_type_not_in_hmpps_style() {
            assertThatThrownBy(() -> new OutgoingEvent(TOPIC, "k", "ReferralSubmitted", "s", Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("structured-interventions.<entity>.<past-tense-verb>");
        }
    }

    @Nested
    class The_inbox {

        @Test
        void forgets_handled_events_older_than_its_retention_and_keeps_younger_ones() {
            String old = "old-" + UUID.randomUUID();
            String recent = "recent-" + UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> {
                for (Object[] row : new Object[][] {{old, OffsetDateTime.now().minusDays(36)},
                        {recent, OffsetDateTime.now().minusDays(34)}}) {
                    entityManager.createNativeQuery("INSERT INTO inbox_event (consumer, event_id, event_type, received_at)"
                            + " VALUES ('pruning-test', :id, 'structured-interventions.example.happened', :at)")
                            .setParameter("id", row[0]).setParameter("at", row[1]).executeUpdate();
                }
            });

            assertThat(pruner.pruneHandled()).isGreaterThanOrEqualTo(1);

            List<Object> left = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "SELECT event_id FROM inbox_event WHERE consumer = 'pruning-test'", Object.class).getResultList());
            assertThat(left).containsExactly((Object) recent);
        }

        @Test
        void handles_a_redelivered_event_once() {
            String key = "once-" + UUID.randomUUID();
            UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(event(key, Map.of("action", "count"))));
            awaitHandled(id.toString());

            TopicProbe.send(cloudEvent(id.toString(), key, "{\"action\":\"count\"}"));
            TopicProbe.send(cloudEvent(id.toString(), key, "{\"action\":\"count\"}"));
            String marker = UUID.randomUUID().toString();
            TopicProbe.send(cloudEvent(marker, key, "{\"action\":\"count\"}"));
            awaitHandled(marker);

            assertThat(consumer.handled().stream().filter(id.toString()::equals)).hasSize(1);
        }

        @Test
        void sends_an_event_that_keeps_failing_to_the_dead_letter_topic_after_retries_and_keeps_going() {
            String key = "failing-" + UUID.randomUUID();
            String failing = UUID.randomUUID().toString();
            String next = UUID.randomUUID().toString();
            double retried = count("structured_interventions.inbox.retries");
            double deadLettered = count("structured_interventions.inbox.dead.lettered", "cause", "failed");
            try (TopicProbe deadLetters = TopicProbe.open(DEAD_LETTERS)) {
                TopicProbe.send(cloudEvent(failing, key, "{\"action\":\"fail\"}"));
                TopicProbe.send(cloudEvent(next, key, "{\"action\":\"count\"}"));

                List<ConsumerRecord<String, String>> dead = deadLetters.await(
                        received -> received.stream().anyMatch(r -> failing.equals(header(r, CloudEventHeaders.ID))), WAIT);
                ConsumerRecord<String, String> record = dead.stream()
                        .filter(r -> failing.equals(header(r, CloudEventHeaders.ID))).findFirst().orElseThrow();
                assertThat(header(record, "dead-letter-reason")).contains("this event cannot be handled");
                assertThat(header(record, "dead-letter-topic")).isEqualTo(TOPIC);
                awaitHandled(next);
                assertThat(consumer.attempts().stream().filter(failing::equals)).hasSize(3);
                assertThat(consumer.handled()).doesNotContain(failing);
                assertThat(count("structured_interventions.inbox.retries")).isEqualTo(retried + 2);
                assertThat(count("structured_interventions.inbox.dead.lettered", "cause", "failed")).isEqualTo(deadLettered + 1);
            }
        }

        @Test
        void sends_a_record_that_is_not_a_cloud_event_to_the_dead_letter_topic_without_retrying() {
            String key = "poison-" + UUID.randomUUID();
            double deadLettered = count("structured_interventions.inbox.dead.lettered", "cause", "poison");
            try (TopicProbe deadLetters = TopicProbe.open(DEAD_LETTERS)) {
                TopicProbe.send(new ProducerRecord<>(TOPIC, key, "not even json"));
                List<ConsumerRecord<String, String>> dead =
                        deadLetters.await(received -> received.stream().anyMatch(r -> key.equals(r.key())), WAIT);
                ConsumerRecord<String, String> record = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
                assertThat(header(record, "dead-letter-reason")).contains("not a CloudEvent");
                assertThat(count("structured_interventions.inbox.dead.lettered", "cause", "poison")).isEqualTo(deadLettered + 1);
            }
        }

        @Test
        void sends_a_record_with_an_unreadable_time_to_the_dead_letter_topic_and_keeps_going() {
            // The connector's own CloudEvents reading parsed ce_time before the consumer saw the record, and an
            // unreadable one stopped the channel: nothing after it was ever handled.
            String key = "bad-time-" + UUID.randomUUID();
            String badTime = UUID.randomUUID().toString();
            String next = UUID.randomUUID().toString();
            double deadLettered = count("structured_interventions.inbox.dead.lettered", "cause", "poison");
            try (TopicProbe deadLetters = TopicProbe.open(DEAD_LETTERS)) {
                ProducerRecord<String, String> poison = cloudEvent(badTime, key, "{\"action\":\"count\"}");
                poison.headers().add(CloudEventHeaders.TIME, "last Tuesday".getBytes(StandardCharsets.UTF_8));
                TopicProbe.send(poison);
                TopicProbe.send(cloudEvent(next, key, "{\"action\":\"count\"}"));

                List<ConsumerRecord<String, String>> dead = deadLetters.await(
                        received -> received.stream().anyMatch(r -> badTime.equals(header(r, CloudEventHeaders.ID))), WAIT);
                ConsumerRecord<String, String> record = dead.stream()
                        .filter(r -> badTime.equals(header(r, CloudEventHeaders.ID))).findFirst().orElseThrow();
                assertThat(header(record, "dead-letter-reason")).contains("ce_time").doesNotContain("last Tuesday");
                awaitHandled(next);
                assertThat(consumer.handled()).doesNotContain(badTime);
                assertThat(count("structured_interventions.inbox.dead.lettered", "cause", "poison")).isEqualTo(deadLettered + 1);
            }
        }

        /** The example consumer's counter, on its channel, with the given tags too; 0 before it first counts. */
        private double count(String name, String... tags) {
            io.micrometer.core.instrument.Counter counter = registry.find(name)
                    .tags("consumer", "example-consumer", "channel", "examples").tags(tags).counter();
            return counter == null ? 0 : counter.count();
        }

        private void awaitHandled(String id) {
            Eventually.until("event " + id + " is handled", WAIT, () -> consumer.handled().contains(id));
        }

        private ProducerRecord<String, String> cloudEvent(String id, String key, String data) {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, data);
            record.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.ID, id.getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, "structured-interventions.example.happened".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SOURCE, "urn:test".getBytes(StandardCharsets.UTF_8));
            return record;
        }
    }
}
