package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
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

/**
 * The idempotent consumer. It records that a consumer has handled an event in the same transaction as the handling,
 * so a redelivered event has no second effect and a failed handling leaves no record. A failing handling is tried
 * again in place (so events of one key stay in order); when the attempts run out the exception propagates and the
 * messaging connector sends the record to the dead-letter topic. A record that is not a readable CloudEvent is not
 * retried at all.
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

    Inbox(EntityManager entityManager, ObjectMapper json, Clock clock, MeterRegistry registry, ServiceKitConfig config) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.registry = registry;
        this.maxAttempts = config.inbox().maxAttempts();
        this.firstBackoff = config.inbox().backoff();
    }

    /**
     * Reads a Kafka record as a CloudEvent and applies {@code effect} to it once per consumer and event id.
     *
     * @param consumer a stable name for the handler (one service may have several)
     * @return {@code true} when the effect ran, {@code false} for a duplicate
     * @throws PoisonEventException when the record is not a readable CloudEvent (never retried)
     * @throws RuntimeException the handler's last failure, once every attempt has failed
     */
    public boolean handle(String consumer, ConsumerRecord<String, String> record, Consumer<ReceivedEvent> effect) {
        ReceivedEvent event = ReceivedEvent.from(record, json);
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> receive(consumer, event, effect));
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    registry.counter("structured_interventions.inbox.failed", "consumer", consumer).increment();
                    LOG.errorf(e, "%s gave up on event %s (%s) after %d attempts", consumer, event.id(), event.type(), attempt);
                    throw e;
                }
                LOG.warnf("%s failed on event %s (%s), attempt %d of %d: %s", consumer, event.id(), event.type(), attempt,
                        maxAttempts, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private boolean receive(String consumer, ReceivedEvent event, Consumer<ReceivedEvent> effect) {
        int recorded = entityManager.createNativeQuery("""
                INSERT INTO inbox_event (consumer, event_id, event_type, received_at)
                VALUES (:consumer, :eventId, :eventType, :receivedAt)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("eventType", event.type())
                .setParameter("receivedAt", OffsetDateTime.now(clock))
                .executeUpdate();
        if (recorded == 0) {
            LOG.debugf("%s has already handled event %s (%s); ignoring the redelivery", consumer, event.id(), event.type());
            registry.counter("structured_interventions.inbox.duplicates", "consumer", consumer).increment();
            return false;
        }
        effect.accept(event);
        registry.counter("structured_interventions.inbox.handled", "consumer", consumer, "type", event.type()).increment();
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
