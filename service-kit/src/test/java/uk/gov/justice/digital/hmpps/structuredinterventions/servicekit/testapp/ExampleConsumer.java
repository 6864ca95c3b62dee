package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.testapp;

import io.opentelemetry.api.trace.Span;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.Inbox;

/** A consumer that exists only in the kit's tests, wired the way every service wires its consumers. */
@ApplicationScoped
public class ExampleConsumer {

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final Map<String, String> traceIds = new ConcurrentHashMap<>();

    private final Inbox inbox;

    ExampleConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("examples")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle("example-consumer", "examples", record, received -> {
            attempts.add(received.id());
            traceIds.put(received.id(), Span.current().getSpanContext().getTraceId());
            if ("fail".equals(received.data().path("action").asText())) {
                throw new IllegalStateException("this event cannot be handled");
            }
            handled.add(received.id());
        });
    }

    /** The ids of the events whose effect ran, in order. */
    public List<String> handled() {
        return List.copyOf(handled);
    }

    /** The trace id current while the effect of the event with this id ran. */
    public String traceIdOf(String eventId) {
        return traceIds.get(eventId);
    }

    /** The ids of every attempt at an effect, failed ones included. */
    public List<String> attempts() {
        return List.copyOf(attempts);
    }
}
