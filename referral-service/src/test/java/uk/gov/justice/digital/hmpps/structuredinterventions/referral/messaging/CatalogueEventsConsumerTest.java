package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.CatalogueIntervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.CatalogueNeedArea;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.CatalogueEventFixtures.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class CatalogueEventsConsumerTest {

    @Inject
    EntityManager entityManager;

    @Test
    void keeps_the_latest_need_area_once_however_often_and_in_whatever_order_events_arrive() {
        String v2 = CatalogueEventFixtures.needAreaUpdated(2, "second");
        EventFeed.resend(v2);
        CatalogueEventFixtures.needAreaUpdated(1, "first, arriving late");
        String v3 = CatalogueEventFixtures.needAreaUpdated(3, "third");

        TestDatabase.awaitHandled(v3);
        CatalogueNeedArea needArea = QuarkusTransaction.requiringNew().call(() -> entityManager.find(CatalogueNeedArea.class, "DA"));
        assertThat(needArea.focusAreas()).containsExactly("third");
        assertThat(needArea.catalogueVersion()).isEqualTo(3);
        assertThat(inboxRows(v2)).isEqualTo(1);
    }

    @Test
    void keeps_each_intervention_at_its_latest_version_with_where_it_is_offered() {
        Intervention intervention = new Intervention();
        intervention.offeredIn("wales", List.of("ONE_TO_ONE"), List.of("ONLINE"));
        intervention.publish("structured-interventions.intervention.published", 1);
        intervention.notOfferedIn("london");
        String closed = intervention.publish("structured-interventions.offering.closed", 3);
        intervention.offeredIn("london", List.of("GROUP"), List.of("IN_PERSON"));
        intervention.publish("structured-interventions.offering.opened", 2);
        EventFeed.resend(closed);
        String marker = new Intervention().publish("structured-interventions.intervention.published", 1);

        TestDatabase.awaitHandled(marker);
        CatalogueIntervention copy = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.find(CatalogueIntervention.class, intervention.id()));
        assertThat(copy.catalogueVersion()).isEqualTo(3);
        assertThat(copy.facts().offerings()).extracting(CatalogueIntervention.OfferedIn::region).containsExactly("wales");
        assertThat(copy.facts().status()).isEqualTo("PUBLISHED");
    }

    @Test
    void records_how_far_it_has_read_each_partition_with_the_events_it_applies() {
        String before = TestDatabase.queryForText("SELECT coalesce(sum(next_offset), 0) FROM catalogue_read_position");
        String marker = new Intervention().publish("structured-interventions.intervention.published", 1);
        TestDatabase.awaitHandled(marker);
        String after = TestDatabase.queryForText("SELECT coalesce(sum(next_offset), 0) FROM catalogue_read_position");
        assertThat(Long.parseLong(after)).isGreaterThan(Long.parseLong(before));
    }

    @Test
    void the_status_transitions_are_listed_for_front_ends() {
        as(Roles.PRACTITIONER).get("/referral-status-transitions").then().statusCode(200)
                .body("to", hasItem("AWAITING_READINESS"));
    }

    private long inboxRows(String eventId) {
        return Long.parseLong(TestDatabase.queryForText("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId));
    }
}
