package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service.ReferralLinks;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.Inbox;

/** Reads {@code referral.events} and links or unlinks each referral on the person's record, once per event. */
@ApplicationScoped
public class ReferralEventsConsumer {

    static final String CONSUMER = "referral-links";

    private final Inbox inbox;
    private final ReferralLinks links;

    ReferralEventsConsumer(Inbox inbox, ReferralLinks links) {
        this.inbox = inbox;
        this.links = links;
    }

    @Incoming("referral-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle(CONSUMER, record, links::apply);
    }
}
