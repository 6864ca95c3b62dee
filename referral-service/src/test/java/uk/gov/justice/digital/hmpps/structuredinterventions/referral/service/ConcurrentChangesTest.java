package uk.gov.justice.digital.hmpps.structuredinterventions.referral.service;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.awaitCatalogue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.awaitStatus;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.details;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.submitted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.AtOnce;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.CatalogueEventFixtures.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.ReadinessEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * A "not ready" assessment and the Treatment Manager's allocation of the same referral, at the same moment: both take
 * the lock on the person's readiness row first, so they run one after the other and whichever comes second sees the
 * first. Readiness is never lost silently: the referral ends either back in suitable but not ready
 * (the allocation refused) or allocated with a readiness concern.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentChangesTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-16T10:00:00Z");
    private static final int PEOPLE = 8;

    @Test
    void a_not_ready_assessment_met_by_an_allocation_either_pauses_the_referral_or_leaves_a_concern_on_it()
            throws Exception {
        Intervention intervention = new Intervention();
        intervention.publish("structured-interventions.intervention.published", 1);
        awaitCatalogue(intervention.id(), 1);
        List<String> crns = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String crn = Crns.random();
            String id = submitted(details(crn, intervention.id()));
            crns.add(crn);
            ids.add(id);
            ReadinessEventFixtures.moduleCompleted(crn, MONDAY);
            ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(1), List.of(id), true);
        }
        ids.forEach(id -> awaitStatus(id, "READY_TO_ALLOCATE"));

        List<Callable<Integer>> calls = new ArrayList<>();
        List<String> assessments = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < PEOPLE; i++) {
            String crn = crns.get(i);
            String id = ids.get(i);
            calls.add(() -> {
                assessments.add(ReadinessEventFixtures.assessed(crn, MONDAY.plusDays(2), List.of(id), false,
                        "MOTIVATION"));
                return as(Roles.TREATMENT_MANAGER).body(Map.of("to", "ALLOCATED"))
                        .post("/referrals/" + id + "/transitions").statusCode();
            });
        }
        List<Integer> answers = AtOnce.run(calls);
        assertThat(answers).allMatch(code -> code == 200 || code == 409);
        TestDatabase.awaitHandled(assessments.toArray(String[]::new));

        for (int i = 0; i < PEOPLE; i++) {
            JsonPath referral = as(Roles.READ_ONLY).get("/referrals/" + ids.get(i)).then().statusCode(200).extract()
                    .jsonPath();
            if (answers.get(i) == 200) {
                assertThat(referral.getString("status")).as("allocated first").isEqualTo("ALLOCATED");
                assertThat(referral.getList("readinessConcern.barriers", String.class)).containsExactly("MOTIVATION");
            } else {
                assertThat(referral.getString("status")).as("paused first").isEqualTo("SUITABLE_BUT_NOT_READY");
                assertThat(referral.getList("readinessBarriers", String.class)).containsExactly("MOTIVATION");
            }
        }
    }
}
