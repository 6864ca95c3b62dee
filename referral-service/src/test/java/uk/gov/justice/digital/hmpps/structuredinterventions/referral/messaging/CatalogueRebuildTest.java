package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class CatalogueRebuildTest {

    private static final TopicPartition PARTITION = new TopicPartition("catalogue.events", 0);

    private static MockConsumer<String, String> consumerAtOffset(long offset) {
        MockConsumer<String, String> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
        consumer.assign(List.of(PARTITION));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, 50L));
        consumer.seek(PARTITION, offset);
        return consumer;
    }

    @Test
    void an_empty_read_model_is_read_again_from_the_beginning_of_the_topic() {
        MockConsumer<String, String> consumer = consumerAtOffset(40);
        new CatalogueRebuild(() -> true).onPartitionsAssigned(consumer, List.of(PARTITION));
        assertThat(consumer.position(PARTITION)).isZero();
    }

    @Test
    void a_read_model_with_content_carries_on_from_the_committed_offset() {
        MockConsumer<String, String> consumer = consumerAtOffset(40);
        new CatalogueRebuild(() -> false).onPartitionsAssigned(consumer, List.of(PARTITION));
        assertThat(consumer.position(PARTITION)).isEqualTo(40);
    }
}
