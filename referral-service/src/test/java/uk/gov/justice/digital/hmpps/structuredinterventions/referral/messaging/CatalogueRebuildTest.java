package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueRebuildTest {

    private static final List<TopicPartition> PARTITIONS = IntStream.range(0, 3)
            .mapToObj(partition -> new TopicPartition("catalogue.events", partition)).toList();

    /** A consumer of the group whose committed offsets (40) are from before the read model was cleared. */
    private static MockConsumer<String, String> consumerAtCommittedOffsets(List<TopicPartition> partitions) {
        MockConsumer<String, String> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
        consumer.assign(partitions);
        Map<TopicPartition, Long> beginnings = new HashMap<>();
        Map<TopicPartition, Long> ends = new HashMap<>();
        partitions.forEach(partition -> {
            beginnings.put(partition, 0L);
            ends.put(partition, 50L);
        });
        consumer.updateBeginningOffsets(beginnings);
        consumer.updateEndOffsets(ends);
        partitions.forEach(partition -> consumer.seek(partition, 40));
        return consumer;
    }

    @Nested
    class One_replica {

        @Test
        void an_empty_read_model_reads_every_partition_from_the_beginning() {
            MockConsumer<String, String> consumer = consumerAtCommittedOffsets(PARTITIONS);
            new CatalogueRebuild(Map::of).onPartitionsAssigned(consumer, PARTITIONS);
            PARTITIONS.forEach(partition -> assertThat(consumer.position(partition)).isZero());
        }

        @Test
        void a_partition_carries_on_from_where_the_read_model_read_it_to_not_the_groups_offset() {
            MockConsumer<String, String> consumer = consumerAtCommittedOffsets(PARTITIONS);
            new CatalogueRebuild(() -> Map.of(0, 25L, 1, 45L, 2, 40L)).onPartitionsAssigned(consumer, PARTITIONS);
            assertThat(PARTITIONS.stream().map(consumer::position)).containsExactly(25L, 45L, 40L);
        }
    }

    @Nested
    class Several_replicas_starting_at_once_on_an_empty_read_model {

        @Test
        void a_partition_handed_over_before_it_was_read_is_still_read_from_the_beginning() {
            Map<Integer, Long> readModel = new HashMap<>();
            CatalogueRebuild rebuild = new CatalogueRebuild(() -> Map.copyOf(readModel));

            MockConsumer<String, String> first = consumerAtCommittedOffsets(PARTITIONS);
            rebuild.onPartitionsAssigned(first, PARTITIONS);
            // The first replica reads partition 0 (the read model is no longer empty), then the group rebalances
            // as the second replica joins: partitions 1 and 2, not yet read, go to the second.
            readModel.put(0, 12L);
            MockConsumer<String, String> second = consumerAtCommittedOffsets(PARTITIONS.subList(1, 3));
            rebuild.onPartitionsAssigned(second, PARTITIONS.subList(1, 3));
            MockConsumer<String, String> firstAgain = consumerAtCommittedOffsets(PARTITIONS.subList(0, 1));
            rebuild.onPartitionsAssigned(firstAgain, PARTITIONS.subList(0, 1));

            assertThat(second.position(PARTITIONS.get(1))).isZero();
            assertThat(second.position(PARTITIONS.get(2))).isZero();
            assertThat(firstAgain.position(PARTITIONS.get(0))).isEqualTo(12L);
        }

        @Test
        void a_partition_handed_over_part_read_carries_on_where_the_other_replica_stopped() {
            Map<Integer, Long> readModel = new HashMap<>(Map.of(1, 7L));
            MockConsumer<String, String> second = consumerAtCommittedOffsets(PARTITIONS.subList(1, 2));
            new CatalogueRebuild(() -> Map.copyOf(readModel)).onPartitionsAssigned(second, PARTITIONS.subList(1, 2));
            assertThat(second.position(PARTITIONS.get(1))).isEqualTo(7L);
        }
    }
}
