package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.service.CatalogueReadModel;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.Inbox;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.InboxConsumer;

/** Reads {@code catalogue.events} into the catalogue read model, once per event. */
@ApplicationScoped
public class CatalogueEventsConsumer extends InboxConsumer {

    static final String CONSUMER = "catalogue-read-model";

    CatalogueEventsConsumer(Inbox inbox, CatalogueReadModel readModel) {
        super(inbox, CONSUMER, readModel::apply);
    }

    @Incoming("catalogue-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receive(record);
    }
}
