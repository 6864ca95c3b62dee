package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.tracing.TraceContext;

/**
 * Writes events to the transactional outbox. It must be called inside the transaction that makes the change the
 * event reports: both commit together or neither does. The {@link OutboxRelay} is woken when
 * the transaction commits and publishes them. Each row keeps the W3C trace context of the writing transaction, so
 * the trace goes on through Kafka to the consumers.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    /** Fired for each event written; the relay observes it once the transaction has committed. */
    public record Written(String topic) {
    }

    private final EntityManager entityManager;
    private final Event<Written> written;
    private final ObjectMapper json;
    private final Clock clock;
    private final String source;

    Outbox(EntityManager entityManager, Event<Written> written, ObjectMapper json, Clock clock, ServiceKitConfig config) {
        this.entityManager = entityManager;
        this.written = written;
        this.json = json;
        this.clock = clock;
        this.source = config.events().source();
    }

    /**
     * Adds an event to the outbox in the caller's transaction.
     *
     * @return the event's id (its CloudEvents {@code id})
     * @throws jakarta.transaction.TransactionalException when there is no transaction to join
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(OutgoingEvent event) {
        UUID id = write(event);
        written.fire(new Written(event.topic()));
        return id;
    }

    /**
     * Adds an event to the outbox in the caller's transaction, like {@link #publish}, but its commit does not wake the
     * relay: the event leaves with the relay's next batch, at most {@code poll-interval} later. For records written
     * on every request that no reader waits for, such as audit records: waking the relay for each would cost a relay
     * transaction and a Kafka round trip per read, where one batch can carry a hundred of them.
     *
     * @return the event's id (its CloudEvents {@code id})
     * @throws jakarta.transaction.TransactionalException when there is no transaction to join
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishWithNextBatch(OutgoingEvent event) {
        return write(event);
    }

    private UUID write(OutgoingEvent event) {
        OutboxRecord record = new OutboxRecord();
        record.id = UUID.randomUUID();
        record.topic = event.topic();
        record.key = event.key();
        record.type = event.type();
        record.source = source;
        record.subject = event.subject();
        record.occurredAt = OffsetDateTime.now(clock);
        try {
            record.payload = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + event.type() + " cannot be written as JSON", e);
        }
        // The trace of the request (or consumed event) that made the change: the relay's send continues it.
        TraceContext.Stored trace = TraceContext.current();
        record.traceparent = trace.traceparent();
        record.tracestate = trace.tracestate();
        entityManager.persist(record);
        LOG.debugf("Wrote event %s (%s) to the outbox", record.id, record.type);
        return record.id;
    }
}
