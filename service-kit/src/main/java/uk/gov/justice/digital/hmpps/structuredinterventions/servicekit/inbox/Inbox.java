package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PoisonEventException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.ReceivedEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.tracing.TraceContext;

/**
 * The idempotent consumer. It records that a consumer has handled an event in the same transaction as the handling,
 * so a redelivered event has no second effect and a failed handling leaves no record. A failing handling is tried
 * again in place (so events of one key stay in order); when the attempts run out the exception propagates and the
 * messaging connector sends the record to the dead-letter topic. A record that is not a readable CloudEvent is not
 * retried at all.
 *
 * <p>Handling continues the trace the record carries in its W3C {@code traceparent} header (the relay puts there the
 * trace of the transaction that wrote the event): it runs in a consumer span that is a child of it, so the events this
 * handling writes to its own outbox carry the same trace on, and the inbox row keeps the traceparent it arrived with.
 *
 * <p>Metrics, each labelled with the consumer's inbox name ({@code consumer}) and its messaging channel
 * ({@code channel}): events handled (also by {@code type}), duplicates ignored, attempts retried, events given up
 * after every attempt, and events sent to the dead-letter topic (by {@code cause}: {@code failed} or {@code poison}).
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry registry;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Tracer tracer;

    Inbox(EntityManager entityManager, ObjectMapper json, Clock clock, MeterRegistry registry, ServiceKitConfig config,
            OpenTelemetry openTelemetry) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.registry = registry;
        this.maxAttempts = config.inbox().maxAttempts();
        this.firstBackoff = config.inbox().backoff();
        this.tracer = openTelemetry.getTracer("uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox");
    }

    /** As {@link #handle(String, String, ConsumerRecord, Consumer)}, with the consumer's name as its channel. */
    public boolean handle(String consumer, ConsumerRecord<String, String> record, Consumer<ReceivedEvent> effect) {
        return handle(consumer, consumer, record, effect);
    }

    /**
     * Reads a Kafka record as a CloudEvent and applies {@code effect} to it once per consumer and event id.
     *
     * @param consumer a stable name for the handler (one service may have several)
     * @param channel the messaging channel the record came in on, for the metrics and the span's name
     * @return {@code true} when the effect ran, {@code false} for a duplicate
     * @throws PoisonEventException when the record is not a readable CloudEvent (never retried)
     * @throws RuntimeException the handler's last failure, once every attempt has failed
     */
    public boolean handle(String consumer, String channel, ConsumerRecord<String, String> record,
            Consumer<ReceivedEvent> effect) {
        TraceContext.Stored arrived = TraceContext.stored(record.headers());
        Span span = consumerSpan(channel, record, arrived);
        try (Scope scope = span.makeCurrent(); TraceContext.Logged logged = TraceContext.logged(span)) {
            return handleTraced(consumer, channel, record, effect, arrived.traceparent());
        } catch (RuntimeException e) {
            // The exception's type only: a handler's message may name the person.
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * The span the handling runs in: a child of the context the record carries, or of the messaging connector's own
     * span for the record when that is current and of the same trace. The record's key (a CRN for person events) is
     * never an attribute.
     */
    private Span consumerSpan(String channel, ConsumerRecord<String, String> record, TraceContext.Stored arrived) {
        Context carried = TraceContext.from(arrived);
        Span current = Span.current();
        Context parent = current.getSpanContext().isValid() && current.getSpanContext().getTraceId()
                .equals(Span.fromContext(carried).getSpanContext().getTraceId()) ? Context.current() : carried;
        return tracer.spanBuilder(channel + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
    }

    private boolean handleTraced(String consumer, String channel, ConsumerRecord<String, String> record,
            Consumer<ReceivedEvent> effect, String traceparent) {
        ReceivedEvent event;
        try {
            event = ReceivedEvent.from(record, json);
        } catch (PoisonEventException e) {
            deadLettered(consumer, channel, "poison");
            throw e;
        }
        Span.current().setAttribute("messaging.message.id", event.id());
        Span.current().setAttribute("cloudevents.event_type", event.type());
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> receive(consumer, channel, event, effect, traceparent));
            } catch (PoisonEventException e) {
                LOG.warnf("%s cannot handle event %s (%s), sending it to the dead-letter topic: %s", consumer, event.id(),
                        event.type(), e.getMessage());
                deadLettered(consumer, channel, "poison");
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    registry.counter("structured_interventions.inbox.failed", "consumer", consumer, "channel", channel)
                            .increment();
                    deadLettered(consumer, channel, "failed");
                    LOG.errorf(e, "%s gave up on event %s (%s) after %d attempts", consumer, event.id(), event.type(), attempt);
                    throw e;
                }
                registry.counter("structured_interventions.inbox.retries", "consumer", consumer, "channel", channel)
                        .increment();
                LOG.warnf("%s failed on event %s (%s), attempt %d of %d: %s", consumer, event.id(), event.type(), attempt,
                        maxAttempts, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private void deadLettered(String consumer, String channel, String cause) {
        registry.counter("structured_interventions.inbox.dead.lettered", "consumer", consumer, "channel", channel,
                "cause", cause).increment();
    }

    private boolean receive(String consumer, String channel, ReceivedEvent event, Consumer<ReceivedEvent> effect,
            String traceparent) {
        int recorded = entityManager.createNativeQuery("""
                INSERT INTO inbox_event (consumer, event_id, event_type, received_at, traceparent)
                VALUES (:consumer, :eventId, :eventType, :receivedAt, :traceparent)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("eventType", event.type())
                .setParameter("receivedAt", OffsetDateTime.now(clock))
                .setParameter("traceparent", traceparent)
                .executeUpdate();
        if (recorded == 0) {
            LOG.debugf("%s has already handled event %s (%s); ignoring the redelivery", consumer, event.id(), event.type());
            registry.counter("structured_interventions.inbox.duplicates", "consumer", consumer, "channel", channel)
                    .increment();
            return false;
        }
        effect.accept(event);
        registry.counter("structured_interventions.inbox.handled", "consumer", consumer, "channel", channel,
                "type", event.type()).increment();
        LOG.debugf("%s handled event %s (%s)", consumer, event.id(), event.type());
        return true;
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
