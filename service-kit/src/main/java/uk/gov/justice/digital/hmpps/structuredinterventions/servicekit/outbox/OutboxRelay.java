package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.CloudEventHeaders;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.DependencyFailures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.tracing.TraceContext;

/**
 * Publishes outbox rows to Kafka, oldest first, and marks them published once Kafka has acknowledged them.
 *
 * <p>The relay is one thread per replica. It is woken the moment a transaction that wrote to the outbox commits
 * ({@link Outbox.Written}), so an event waits for no timer; it also looks every {@code poll-interval}, for rows other
 * replicas wrote and for batches that failed.
 *
 * <p>Safe with several replicas: each batch runs in a transaction that first takes a transaction-scoped PostgreSQL
 * advisory lock, so one replica relays at a time and events of one key can never overtake each other (two replicas
 * each locking a different batch with {@code SKIP LOCKED} could publish one key's events out of order). A relay that
 * finds the lock taken looks again after {@code lock-retry}, as the holder may have read its batch before this
 * replica's rows committed. If the active replica dies, its lock goes with its connection.
 *
 * <p>Delivery is at least once: if Kafka fails part-way through a batch, the transaction rolls back and the whole
 * batch is sent again; consumers deduplicate by event id.
 *
 * <p>Tracing: each row keeps the trace context of the transaction that wrote it. The relay sends the row in a
 * producer span that is a child of that context (not of whatever the relay thread is doing), and puts the span's
 * {@code traceparent} in the record's headers, so the consumers continue the trace of the request that caused the
 * event. A row written outside any trace is sent with no trace context.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_event'))";

    /** What one batch found. */
    enum Outcome {
        /** Nothing was waiting. */
        DRAINED,
        /** A full batch went: there may be more. */
        FULL,
        /** Some, fewer than a full batch, went. */
        SENT,
        /** Another replica holds the lock. */
        LOCKED_ELSEWHERE
    }

    private final EntityManager entityManager;
    private final OutboxProducer producer;
    private final Clock clock;
    private final ServiceKitConfig config;
    private final Counter published;
    private final Counter failures;
    private final Timer batchPublished;
    private final Timer batchFailed;
    private final Tracer tracer;
    private final Object signal = new Object();
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private boolean woken;
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(EntityManager entityManager, OutboxProducer producer, Clock clock, ServiceKitConfig config,
            MeterRegistry registry, OpenTelemetry openTelemetry) {
        this.entityManager = entityManager;
        this.producer = producer;
        this.clock = clock;
        this.config = config;
        this.published = Counter.builder("structured_interventions.outbox.published")
                .description("Outbox events published to Kafka").register(registry);
        this.failures = Counter.builder("structured_interventions.outbox.relay.failures")
                .description("Relay batches that failed and will be retried").register(registry);
        Gauge.builder("structured_interventions.outbox.relay.consecutive.failures", failuresInARow, AtomicInteger::get)
                .description("Relay batches that have failed in a row; 0 once a batch goes. While above 0 the relay waits"
                        + " longer before each attempt (up to structured-interventions.outbox.retry-backoff-max)")
                .register(registry);
        this.batchPublished = batchTimer(registry, "published");
        this.batchFailed = batchTimer(registry, "failed");
        this.tracer = openTelemetry.getTracer("uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox");
    }

    /** How long a batch that found events took, from the lock to the commit, by outcome. Empty polls are not timed. */
    private static Timer batchTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("structured_interventions.outbox.relay.batch")
                .description("Relay batches that found events: the time from taking the lock to marking them published")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    void onStart(@Observes StartupEvent started) {
        if (config.outbox().relayEnabled()) {
            start();
        }
    }

    /**
     * Stops the relay before any other part of the application stops: first of the shutdown observers, while the
     * database and the producer are still open, so the batch in hand is finished and nothing runs after they close.
     */
    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent stopping) {
        stop();
    }

    /** Wakes the relay: a transaction that wrote to the outbox has committed. */
    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        wake();
    }

    /** Starts the relay's thread (once). */
    synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops the relay: the batch in hand is finished (sent and marked, or rolled back), then the thread ends, before
     * the database and the producer close.
     */
    synchronized void stop() {
        if (thread == null) {
            return;
        }
        running = false;
        wake();
        try {
            thread.join(config.outbox().sendTimeout().plusSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    /** Makes the relay look for unpublished rows now. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        awaitSignal(config.outbox().initialDelay(), true);
        while (running) {
            Duration pause;
            boolean wakeable = true;
            try {
                pause = relayPending() == Outcome.LOCKED_ELSEWHERE ? config.outbox().lockRetry() : config.outbox().pollInterval();
                recovered();
            } catch (RuntimeException e) {
                if (!running || stopping(e)) {
                    // Stopping: the database or the producer is closing under the batch, which rolls back and is
                    // sent again by whichever replica relays next. Not a failure of the relay.
                    LOG.debugf("Outbox relay stopped part-way through a batch: %s", e.getMessage());
                    break;
                }
                pause = failed(e);
                // A broken broker or database is not hammered by every commit: only the back-off (or a stop) ends the wait.
                wakeable = false;
            }
            awaitSignal(pause, wakeable);
        }
    }

    /** Counts and reports one failed batch, returning how long to wait before the next attempt. */
    private Duration failed(RuntimeException e) {
        int inARow = failuresInARow.incrementAndGet();
        failures.increment();
        Duration wait = backoff(inARow, config.outbox().retryBackoff(), config.outbox().retryBackoffMax());
        LOG.warnf("Outbox relay failed; the batch will be sent again in %s (%d failed in a row): %s", describe(wait), inARow,
                cause(e));
        LOG.debugf(e, "Outbox relay failure");
        return wait;
    }

    private void recovered() {
        int inARow = failuresInARow.getAndSet(0);
        if (inARow > 0) {
            LOG.infof("Outbox relay is publishing again after %d failed %s", inARow, inARow == 1 ? "batch" : "batches");
        }
    }

    /**
     * The wait after the given number of failed batches in a row: {@code first} after the first, doubling after
     * each one after that, never more than {@code most}.
     */
    static Duration backoff(int failuresInARow, Duration first, Duration most) {
        int doublings = Math.min(Math.max(0, failuresInARow - 1), 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(most) > 0 || wait.isNegative() ? most : wait;
    }

    /** What is down, in words: Kafka, the database, or the failure's own message. */
    static String cause(RuntimeException e) {
        if (e instanceof KafkaSendFailed) {
            return "Kafka is unreachable or refused the batch: " + e.getMessage();
        }
        Optional<String> unavailable = DependencyFailures.unavailable(e);
        if (unavailable.isPresent()) {
            String what = unavailable.get();
            return (what.startsWith("Kafka") ? "Kafka" : what.startsWith("the database") ? "the database" : "a dependency")
                    + " is unreachable or not answering (" + what + "): " + e.getMessage();
        }
        return e.getMessage();
    }

    /** Whether the failure is the application closing the database under the relay: Hibernate or the pool closed. */
    private static boolean stopping(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof IllegalStateException && message != null
                    && (message.contains("EntityManagerFactory is closed") || message.contains("SessionFactory is closed")
                            || message.contains("has been closed") || message.contains("Pool closed"))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
    }

    /**
     * Waits for {@code timeout}, or until woken if {@code wakeable} (a stop always ends the wait), and clears the
     * signal.
     */
    private void awaitSignal(Duration timeout, boolean wakeable) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            while (!(wakeable && woken) && running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(signal, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            woken = false;
        }
    }

    /**
     * Sends batches until none is waiting or another replica holds the lock.
     *
     * @return how the last batch ended
     */
    Outcome relayPending() {
        Outcome outcome;
        do {
            outcome = relayOnce();
        } while (outcome == Outcome.FULL && running);
        return outcome;
    }

    /**
     * Sends one batch and marks it published.
     *
     * @return how many events were published; 0 when none are waiting or another replica is relaying
     */
    public int relayBatch() {
        return Math.max(0, sendBatch());
    }

    private Outcome relayOnce() {
        int sent = sendBatch();
        if (sent < 0) {
            return Outcome.LOCKED_ELSEWHERE;
        }
        return sent == 0 ? Outcome.DRAINED : sent == config.outbox().batchSize() ? Outcome.FULL : Outcome.SENT;
    }

    /** One batch in its own transaction: how many were sent, or -1 when another replica holds the lock. */
    private int sendBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery(LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return -1;
            }
            // Read-only: the rows are marked below in one statement, not one UPDATE of every column per row.
            List<OutboxRecord> batch = entityManager
                    .createQuery("from OutboxRecord where publishedAt is null order by seq", OutboxRecord.class)
                    .setMaxResults(config.outbox().batchSize())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            long started = System.nanoTime();
            try {
                send(batch);
                entityManager.createQuery("update OutboxRecord set publishedAt = :now where id in :ids")
                        .setParameter("now", OffsetDateTime.now(clock))
                        .setParameter("ids", batch.stream().map(record -> record.id).toList())
                        .executeUpdate();
            } catch (RuntimeException e) {
                batchFailed.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                throw e;
            }
            batchPublished.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            published.increment(batch.size());
            return batch.size();
        });
    }

    private void send(List<OutboxRecord> batch) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        try {
            for (OutboxRecord record : batch) {
                ProducerRecord<String, String> kafka = toKafka(record);
                Span span = sendSpan(record);
                spans.add(span);
                if (span != null) {
                    TraceContext.inject(Context.root().with(span), kafka.headers());
                    if (LOG.isDebugEnabled()) {
                        try (TraceContext.Logged logged = TraceContext.logged(span)) {
                            LOG.debugf("Sending event %s (%s) to %s", record.id, record.type, record.topic);
                        }
                    }
                }
                try {
                    acknowledgements.add(producer.producer().send(kafka));
                } catch (org.apache.kafka.common.KafkaException e) {
                    // No metadata within max.block.ms (the send timeout): the broker is not answering.
                    throw new KafkaSendFailed("Kafka did not take the event: " + e.getMessage(), e);
                }
            }
            awaitAcknowledgements(acknowledgements);
        } catch (RuntimeException e) {
            spans.forEach(span -> failed(span, e));
            throw e;
        }
        spans.forEach(span -> {
            if (span != null) {
                span.end();
            }
        });
    }

    /**
     * The producer span of one record: a child of the trace context stored with it, or null when it was written
     * outside any trace. The record's key (a CRN for person events) is never an attribute.
     */
    private Span sendSpan(OutboxRecord record) {
        if (record.traceparent == null) {
            return null;
        }
        return tracer.spanBuilder(record.topic + " publish")
                .setParent(TraceContext.from(new TraceContext.Stored(record.traceparent, record.tracestate)))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", record.topic)
                .setAttribute("messaging.message.id", record.id.toString())
                .setAttribute("cloudevents.event_type", record.type)
                .startSpan();
    }

    private static void failed(Span span, RuntimeException e) {
        if (span != null) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            span.end();
        }
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> acknowledgements) {
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        try {
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            throw new KafkaSendFailed("Kafka refused an event: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaSendFailed("Kafka did not acknowledge the batch in " + config.outbox().sendTimeout(), e);
        }
    }

    /** Kafka did not take or acknowledge a batch in time, or refused it. */
    static final class KafkaSendFailed extends IllegalStateException {
        KafkaSendFailed(String message, Throwable cause) {
            super(message, cause);
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
}
