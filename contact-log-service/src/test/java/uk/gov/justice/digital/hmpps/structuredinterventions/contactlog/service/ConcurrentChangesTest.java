package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.contact;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.rar;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.registerRequirement;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.today;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.AtOnce;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TopicProbe;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * Changes for one person made at the same moment are applied one after another: each sees what the others committed,
 * so every RAR figure published follows from the one before it.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 8;

    @Test
    void contacts_recorded_at_once_on_different_days_publish_one_rising_tally_each() throws Exception {
        String crn = Crns.random();
        try (TopicProbe probe = TopicProbe.open("contact-log.events")) {
            registerRequirement(crn, 20);
            List<Integer> statuses = AtOnce.run(IntStream.range(0, WRITERS).<Callable<Integer>>mapToObj(i -> () ->
                    as(Roles.PRACTITIONER).body(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today().minusDays(i)))
                            .post("/contacts").statusCode()).toList());
            assertThat(statuses).containsOnly(201);

            List<JsonNode> tallies = new ArrayList<>();
            for (ConsumerRecord<String, String> event : probe.await(received -> daysChanged(received, crn).size()
                    > WRITERS, Duration.ofSeconds(30))) {
                if (crn.equals(event.key()) && "structured-interventions.rar.days-changed".equals(header(event, "ce_type"))) {
                    tallies.add(JSON.readTree(event.value()));
                }
            }

            assertThat(tallies).extracting(t -> t.path("previousDaysUsed").asInt() + "->" + t.path("daysUsed").asInt())
                    .as("registered with no days, then one more day for each contact, in turn")
                    .containsExactlyElementsOf(IntStream.rangeClosed(0, WRITERS)
                            .mapToObj(i -> i == 0 ? "0->0" : (i - 1) + "->" + i).toList());
        }
        assertThat(rar(crn).getInt("requirements[0].daysUsed")).isEqualTo(WRITERS);
    }

    private static List<ConsumerRecord<String, String>> daysChanged(List<ConsumerRecord<String, String>> events,
            String crn) {
        return events.stream().filter(e -> crn.equals(e.key())
                && "structured-interventions.rar.days-changed".equals(header(e, "ce_type"))).toList();
    }
}
