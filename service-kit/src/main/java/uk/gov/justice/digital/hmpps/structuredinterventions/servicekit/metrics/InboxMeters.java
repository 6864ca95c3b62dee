package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.InboxConsumer;

/**
 * Registers each consumer's inbox counters at zero when the service starts, rather than at their first increment.
 * A series that is born at 1 has no earlier sample, so {@code increase()} and {@code rate()} never see its first
 * event: without this the first dead letter of a consumer would never fire the dead-letter alert. The names and
 * labels are the ones {@code Inbox} increments; {@code handled} is left out, as its {@code type} label is known only
 * when an event arrives.
 */
@Singleton
public class InboxMeters {

    void register(@Observes StartupEvent started, MeterRegistry registry, @Any Instance<InboxConsumer> consumers) {
        for (InboxConsumer consumer : consumers) {
            register(registry, consumer.name(), consumer.channel());
        }
    }

    /** The counters of one consumer on one channel, at zero unless they have already counted. */
    public static void register(MeterRegistry registry, String consumer, String channel) {
        for (String counter : new String[] {"duplicates", "retries", "failed"}) {
            registry.counter("structured_interventions.inbox." + counter, "consumer", consumer, "channel", channel);
        }
        for (String cause : new String[] {"failed", "poison"}) {
            registry.counter("structured_interventions.inbox.dead.lettered", "consumer", consumer, "channel", channel,
                    "cause", cause);
        }
    }
}
