package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service.ReferralLinks;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.Inbox;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.InboxConsumer;

/** Reads {@code referral.events} and links or unlinks each referral on the person's record, once per event. */
@ApplicationScoped
public class ReferralEventsConsumer extends InboxConsumer {

    static final String CONSUMER = "referral-links";

    ReferralEventsConsumer(Inbox inbox, ReferralLinks links) {
        super(inbox, CONSUMER, links::apply);
    }

    @Incoming("referral-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receive(record);
    }
}
