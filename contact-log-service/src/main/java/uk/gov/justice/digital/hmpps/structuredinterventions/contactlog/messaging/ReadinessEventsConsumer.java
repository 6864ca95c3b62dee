package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service.ModuleContacts;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.Inbox;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.InboxConsumer;

/** Reads {@code readiness.events} and makes the contacts of the module's steps, once per event. */
@ApplicationScoped
public class ReadinessEventsConsumer extends InboxConsumer {

    static final String CONSUMER = "module-contacts";

    ReadinessEventsConsumer(Inbox inbox, ModuleContacts contacts) {
        super(inbox, CONSUMER, contacts::apply);
    }

    @Incoming("readiness-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receive(record);
    }
}
