package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.service.CatalogueReadModel;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.Inbox;

/** Reads {@code catalogue.events} into the catalogue read model, once per event. */
@ApplicationScoped
public class CatalogueEventsConsumer {

    static final String CONSUMER = "catalogue-read-model";

    private final Inbox inbox;
    private final CatalogueReadModel readModel;

    CatalogueEventsConsumer(Inbox inbox, CatalogueReadModel readModel) {
        this.inbox = inbox;
        this.readModel = readModel;
    }

    @Incoming("catalogue-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle(CONSUMER, record, readModel::apply);
    }
}
