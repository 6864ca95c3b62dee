package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.service.PersonReadinessService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.Inbox;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.InboxConsumer;

/** Reads {@code readiness.events} and moves referrals that wait on readiness, once per event. */
@ApplicationScoped
public class ReadinessEventsConsumer extends InboxConsumer {

    static final String CONSUMER = "readiness-reports";

    ReadinessEventsConsumer(Inbox inbox, PersonReadinessService readiness) {
        super(inbox, CONSUMER, readiness::apply);
    }

    @Incoming("readiness-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receive(record);
    }
}
