package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.service.CatalogueReadModel;

/**
 * Rebuilds the catalogue read model from the start of {@code catalogue.events} when it is empty: a new database
 * behind an existing consumer group would otherwise resume from the group's committed offsets and never learn the
 * catalogue. The topic is compacted and every event carries the whole state of its key, so reading it from the
 * beginning is enough (ADR 0006).
 */
@ApplicationScoped
@Identifier(CatalogueRebuild.NAME)
public class CatalogueRebuild implements KafkaConsumerRebalanceListener {

    public static final String NAME = "catalogue-read-model-rebuild";

    private static final Logger LOG = Logger.getLogger(CatalogueRebuild.class);

    private final BooleanSupplier readModelEmpty;

    @Inject
    CatalogueRebuild(CatalogueReadModel readModel) {
        this(readModel::isEmpty);
    }

    CatalogueRebuild(BooleanSupplier readModelEmpty) {
        this.readModelEmpty = readModelEmpty;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty() && readModelEmpty.getAsBoolean()) {
            LOG.infof("The catalogue read model is empty: reading %s from the beginning", partitions);
            consumer.seekToBeginning(partitions);
        }
    }
}
