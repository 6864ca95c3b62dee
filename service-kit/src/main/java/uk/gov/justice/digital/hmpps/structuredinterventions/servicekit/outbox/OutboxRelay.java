package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.CloudEventHeaders;

/**
 * Publishes outbox rows to Kafka, oldest first, and marks them published once Kafka has acknowledged them.
 *
 * <p>Safe with several replicas: each batch runs in a transaction that first takes a transaction-scoped PostgreSQL
 * advisory lock, so one replica relays at a time and events of one key can never overtake each other (two replicas
 * each locking a different batch with {@code SKIP LOCKED} could publish one key's events out of order). If the
 * active replica dies, its lock goes with its connection and another replica carries on at its next tick.
 *
 * <p>Delivery is at least once: if Kafka fails part-way through a batch, the transaction rolls back and the whole
 * batch is sent again; consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_event'))";

    private final EntityManager entityManager;
    private final OutboxProducer producer;
    private final Clock clock;
    private final ServiceKitConfig config;
    private final Counter published;
    private final Counter failures;

    OutboxRelay(EntityManager entityManager, OutboxProducer producer, Clock clock, ServiceKitConfig config,
            MeterRegistry registry) {
        this.entityManager = entityManager;
        this.producer = producer;
        this.clock = clock;
        this.config = config;
        this.published = Counter.builder("structured_interventions.outbox.published")
                .description("Outbox events published to Kafka").register(registry);
        this.failures = Counter.builder("structured_interventions.outbox.relay.failures")
                .description("Relay batches that failed and will be retried").register(registry);
    }

    @Scheduled(identity = "outbox-relay",
            every = "${structured-interventions.outbox.poll-interval}",
            delayed = "${structured-interventions.outbox.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RelayDisabled.class)
    void relayPending() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == config.outbox().batchSize());
        } catch (RuntimeException e) {
            failures.increment();
            LOG.warnf("Outbox relay failed; the batch will be sent again: %s", e.getMessage());
        }
    }

    /**
     * Sends one batch and marks it published.
     *
     * @return how many events were published; 0 when none are waiting or another replica is relaying
     */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery(LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxRecord> batch = entityManager
                    .createQuery("from OutboxRecord where publishedAt is null order by seq", OutboxRecord.class)
                    .setMaxResults(config.outbox().batchSize())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            send(batch);
            OffsetDateTime now = OffsetDateTime.now(clock);
            batch.forEach(record -> record.publishedAt = now);
            published.increment(batch.size());
            return batch.size();
        });
    }

    private void send(List<OutboxRecord> batch) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        for (OutboxRecord record : batch) {
            acknowledgements.add(producer.producer().send(toKafka(record)));
        }
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        try {
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused an event: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch in " + config.outbox().sendTimeout(), e);
        }
    }

    static ProducerRecord<String, String> toKafka(OutboxRecord record) {
        ProducerRecord<String, String> kafka = new ProducerRecord<>(record.topic, record.key, record.payload);
        header(kafka, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(kafka, CloudEventHeaders.ID, record.id.toString());
        header(kafka, CloudEventHeaders.TYPE, record.type);
        header(kafka, CloudEventHeaders.SOURCE, record.source);
        header(kafka, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(record.occurredAt));
        if (record.subject != null) {
            header(kafka, CloudEventHeaders.SUBJECT, record.subject);
        }
        header(kafka, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return kafka;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Scheduled(identity = "outbox-pruner", every = "${structured-interventions.outbox.prune-interval}",
            delayed = "${structured-interventions.outbox.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneOnSchedule() {
        int pruned = prunePublished();
        LOG.debugf("Pruned %d published outbox events", pruned);
    }

    /** Deletes published rows older than the retention period, returning how many. */
    public int prunePublished() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.outbox().retention());
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("delete from OutboxRecord where publishedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    /** Skips the relay on replicas where it is switched off. */
    @jakarta.inject.Singleton
    public static class RelayDisabled implements Scheduled.SkipPredicate {

        private final boolean enabled;

        RelayDisabled(ServiceKitConfig config) {
            this.enabled = config.outbox().relayEnabled();
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !enabled;
        }
    }
}
