package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.service.CatalogueReadModel;

/**
 * Puts each assigned partition of {@code catalogue.events} where the catalogue read model says it has read to, not
 * where the consumer group committed: the read model records, with each event it applies, the partition's next
 * offset. A partition it has no position for (a new or cleared database, or a partition no replica has read into it
 * yet) is read from the beginning. So several replicas starting at once on an empty read model rebuild all of it,
 * whichever replica each partition is handed to and however often, and a new database behind an existing consumer
 * group learns the whole catalogue. The topic is compacted and every event carries the whole state of its key, so
 * reading a partition from the beginning is enough (ADR 0006); events read twice change nothing (inbox, versions).
 */
@ApplicationScoped
@Identifier(CatalogueRebuild.NAME)
public class CatalogueRebuild implements KafkaConsumerRebalanceListener {

    public static final String NAME = "catalogue-read-model-rebuild";

    private static final Logger LOG = Logger.getLogger(CatalogueRebuild.class);

    private final Supplier<Map<Integer, Long>> readPositions;

    @Inject
    CatalogueRebuild(CatalogueReadModel readModel) {
        this(readModel::readPositions);
    }

    CatalogueRebuild(Supplier<Map<Integer, Long>> readPositions) {
        this.readPositions = readPositions;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<Integer, Long> positions = readPositions.get();
        List<TopicPartition> unread = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long next = positions.get(partition.partition());
            if (next == null) {
                unread.add(partition);
            } else {
                consumer.seek(partition, next);
            }
        }
        if (!unread.isEmpty()) {
            LOG.infof("The catalogue read model has not read %s: reading from the beginning", unread);
            consumer.seekToBeginning(unread);
        }
    }
}
