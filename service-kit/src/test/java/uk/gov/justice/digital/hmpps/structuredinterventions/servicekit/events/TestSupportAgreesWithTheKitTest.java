package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;

/**
 * The test support in local-infra cannot depend on the kit, so it repeats the kit's names; this holds the two
 * together: the events tests feed carry the headers the kit reads, about people the kit accepts.
 */
class TestSupportAgreesWithTheKitTest {

    @Test
    void the_event_feed_writes_the_cloud_events_headers_under_the_kits_names() {
        assertThat(EventFeed.Attribute.SPECVERSION.header()).isEqualTo(CloudEventHeaders.SPEC_VERSION);
        assertThat(EventFeed.Attribute.ID.header()).isEqualTo(CloudEventHeaders.ID);
        assertThat(EventFeed.Attribute.TYPE.header()).isEqualTo(CloudEventHeaders.TYPE);
        assertThat(EventFeed.Attribute.SOURCE.header()).isEqualTo(CloudEventHeaders.SOURCE);
        assertThat(EventFeed.Attribute.TIME.header()).isEqualTo(CloudEventHeaders.TIME);
        assertThat(EventFeed.Attribute.SUBJECT.header()).isEqualTo(CloudEventHeaders.SUBJECT);
        assertThat(EventFeed.CONTENT_TYPE).isEqualTo(CloudEventHeaders.CONTENT_TYPE);
        assertThat(EventFeed.SPEC_VERSION_1_0).isEqualTo(CloudEventHeaders.SPEC_VERSION_1_0);
        assertThat(EventFeed.JSON).isEqualTo(CloudEventHeaders.JSON);
    }

    @Test
    void random_crns_are_crns_by_the_kits_rule_and_the_feeds_person_reference_names_one() {
        assertThat(Crns.PATTERN).isEqualTo(PersonReference.CRN_PATTERN);
        String crn = Crns.random();
        PersonReference reference = new ObjectMapper().convertValue(EventFeed.personReference(crn), PersonReference.class);
        ReceivedEvent event = new ReceivedEvent("e1", "structured-interventions.referral.submitted",
                EventFeed.SOURCE_OF_TESTS, null, null, crn, "referral.events", 0, 0, null);
        assertThat(event.crnOf(reference)).isEqualTo(crn);
    }
}
