package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.Topics;

/**
 * The topics the test infrastructure and the local stack create at start ({@link Topics}) are exactly those the
 * services' configuration uses, dead-letter topics included, so no service waits on a topic made at first use.
 */
class TopicsTest {

    @Test
    void the_topics_created_at_start_are_every_topic_the_services_use() {
        assertThat(Topics.names()).containsExactlyInAnyOrderElementsOf(ServiceConfiguration.allTopics());
    }

    @Test
    void each_dead_letter_topic_is_named_for_the_topic_and_the_service_that_reads_it_and_has_one_partition() {
        ServiceConfiguration.all().forEach(service -> service.consumedTopics().forEach(topic -> {
            String deadLetter = Topics.deadLetterName(topic, service.service().name());
            assertThat(service.deadLetterTopics()).as(service + " reading " + topic).contains(deadLetter);
            assertThat(Topics.byName().get(deadLetter).partitions()).as(deadLetter).isEqualTo(1);
        }));
    }
}
