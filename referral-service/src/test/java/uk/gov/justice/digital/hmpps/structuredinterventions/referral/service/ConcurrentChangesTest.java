package uk.gov.justice.digital.hmpps.structuredinterventions.referral.service;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.awaitCatalogue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.details;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.draft;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.status;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.AtOnce;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Eventually;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.CatalogueEventFixtures.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.ReadinessEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * A submission and a readiness report for one person wait for each other on the person's readiness row: whichever
 * commits second sees what the first did, so a referral submitted as its person is assessed ready never stays
 * waiting on a report that has already come.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentChangesTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-16T10:00:00Z");
    private static final int PEOPLE = 16;

    @Test
    void referrals_submitted_as_their_people_are_assessed_ready_all_become_ready_to_allocate() throws Exception {
        Intervention intervention = new Intervention();
        intervention.publish("structured-interventions.intervention.published", 1);
        awaitCatalogue(intervention.id(), 1);
        List<String> crns = new ArrayList<>();
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String crn = Crns.random();
            crns.add(crn);
            drafts.add(draft(details(crn, intervention.id())));
            String completed = ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
            TestDatabase.awaitHandled(completed);
        }

        // Each person's ready assessment is sent and, at the same moment, their referral submitted.
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String crn = crns.get(i);
            String id = drafts.get(i);
            calls.add(() -> {
                ReadinessEventFixtures.assessed(crn, MONDAY.plusHours(1), true);
                return as(Roles.PRACTITIONER).post("/referrals/" + id + "/submit").statusCode();
            });
        }
        assertThat(AtOnce.run(calls)).containsOnly(200);

        Eventually.until("every referral is READY_TO_ALLOCATE",
                () -> drafts.stream().allMatch(id -> "READY_TO_ALLOCATE".equals(status(id))));
        assertThat(drafts).allSatisfy(id -> assertThat(TestDatabase.queryForText(
                "SELECT count(*) FROM referral_status_change WHERE referral_id = ?::uuid AND to_status = 'READY_TO_ALLOCATE'",
                id)).as("moved once").isEqualTo("1"));
    }
}
