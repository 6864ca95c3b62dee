package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFeedTest {

    private static final String TOPIC = "referral.events";
    private static final String SUBMITTED = "structured-interventions.referral.submitted";

    @Test
    void finds_the_schema_of_a_type_in_docs_events() {
        assertThat(EventSchemas.fileFor(SUBMITTED)).isEqualTo("referral-submitted.schema.json");
        assertThat(EventSchemas.fileFor("structured-interventions.readiness.module-completed"))
                .isEqualTo("readiness-module-completed.schema.json");
        assertThatThrownBy(() -> EventSchemas.fileFor("referral.submitted")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sends_nothing_that_breaks_the_schema_of_its_type() {
        assertThatThrownBy(() -> EventFeed.send(TOPIC, "X123456", SUBMITTED, Map.of("referralId", "not a referral")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("referral-submitted.schema.json");
    }

    @Test
    void sends_no_poison_that_is_in_fact_a_valid_event() {
        assertThatThrownBy(() -> EventFeed.sendPoison("catalogue.events", "DA", "structured-interventions.need-area.updated",
                "{\"code\":\"DA\",\"name\":\"n\",\"description\":\"d\",\"focusAreas\":[\"f\"],\"version\":1,"
                        + "\"detailUrl\":\"http://catalogue/need-areas/DA\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("meant as poison but valid");
    }

    @Test
    void refers_to_a_person_by_their_crn_as_the_events_do() {
        assertThat(EventFeed.personReference("X123456"))
                .isEqualTo(Map.of("identifiers", List.of(Map.of("type", "CRN", "value", "X123456"))));
    }
}
