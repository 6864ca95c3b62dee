package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * How many SQL statements a read runs, counted by Hibernate's statistics: the catalogue's reads ask the database only
 * for the current versions, and build an intervention's view from its dozen tables only the first time they see that
 * version (docs/performance.md). The relay is off here, so only the request's own statements are counted.
 */
@QuarkusTest
@TestProfile(StatementsPerReadTest.NoRelay.class)
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class StatementsPerReadTest {

    public static class NoRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("structured-interventions.outbox.relay-enabled", "false");
        }
    }

    private static final String POSITIVE_PATHWAYS = "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11";

    @Inject
    SessionFactory sessionFactory;

    /**
     * The statements one request runs once warm. Hibernate's statistics count every thread's statements, and the
     * outbox relay's poll may fall inside a request, so this takes the fewest of three requests: background work
     * can only add statements, never take one away.
     */
    private long statementsOf(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        request.run();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = statistics.getPrepareStatementCount();
            request.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
        }
        return fewest;
    }

    @Test
    void a_list_that_fits_on_a_page_runs_one_statement_once_its_views_are_known() {
        long statements = statementsOf(() -> as(Roles.PRACTITIONER)
                .get("/interventions?region=london&needArea=DA&status=PUBLISHED").then().statusCode(200)
                .body("content.name", hasItem("Positive Pathways Plus")));
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void a_full_page_runs_a_count_as_well() {
        long statements = statementsOf(() -> as(Roles.PRACTITIONER).get("/interventions?size=1").then().statusCode(200));
        assertThat(statements).isEqualTo(2);
    }

    @Test
    void an_intervention_runs_one_statement_once_its_view_is_known() {
        long statements = statementsOf(() -> as(Roles.PRACTITIONER).get("/interventions/" + POSITIVE_PATHWAYS).then()
                .statusCode(200));
        assertThat(statements).isEqualTo(1);
    }
}
