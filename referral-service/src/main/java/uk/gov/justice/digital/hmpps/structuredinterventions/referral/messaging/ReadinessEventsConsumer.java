package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.service.ReadinessService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.Inbox;

/** Reads {@code readiness.events} and moves referrals that wait on readiness, once per event. */
@ApplicationScoped
public class ReadinessEventsConsumer {

    static final String CONSUMER = "readiness-reports";

    private final Inbox inbox;
    private final ReadinessService readiness;

    ReadinessEventsConsumer(Inbox inbox, ReadinessService readiness) {
        this.inbox = inbox;
        this.readiness = readiness;
    }

    @Incoming("readiness-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle(CONSUMER, record, readiness::apply);
    }
}
