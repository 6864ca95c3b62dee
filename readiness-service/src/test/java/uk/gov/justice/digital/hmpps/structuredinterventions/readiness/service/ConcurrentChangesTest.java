package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.ALL_EXERCISES;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.completion;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.followUp;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduce;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.AtOnce;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging.ReferralEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * Changes to one person's record made at the same moment wait for each other on the record's row lock: each is
 * checked against what the others committed, none is refused only because another was under way, and a step that may
 * happen once happens once.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentChangesTest {

    private static final int AT_ONCE = 6;

    @Test
    void follow_ups_recorded_at_once_by_several_people_are_all_recorded_one_after_another() throws Exception {
        String crn = Crns.random();
        introduce(crn, true);
        ReferralEventFixtures.referred(crn);
        long before = record(crn).getLong("version");

        List<String> answers = AtOnce.run(IntStream.range(0, AT_ONCE).<Callable<String>>mapToObj(i -> () -> {
            var response = as(Roles.PRACTITIONER).body(followUp("STANDARD", true, ALL_EXERCISES))
                    .post(path(crn) + "/follow-ups");
            return response.statusCode() == 201 ? "201" : response.statusCode() + " " + response.body().asString();
        }).toList());

        assertThat(answers).as("none refused because another was being recorded").containsOnly("201");
        JsonPath record = record(crn);
        assertThat(record.getList("followUps")).hasSize(AT_ONCE);
        assertThat(record.getLong("version")).isEqualTo(before + AT_ONCE);
    }

    @Test
    void the_module_completed_several_times_at_once_is_completed_once() throws Exception {
        String crn = Crns.random();
        introduce(crn, true);
        ReferralEventFixtures.referred(crn);
        as(Roles.PRACTITIONER).body(followUp("STANDARD", true, ALL_EXERCISES)).post(path(crn) + "/follow-ups").then()
                .statusCode(201);

        List<Integer> statuses = AtOnce.run(IntStream.range(0, 4).<Callable<Integer>>mapToObj(i -> () ->
                as(Roles.PRACTITIONER).body(completion()).post(path(crn) + "/completion").statusCode()).toList());

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
    }

    private static JsonPath record(String crn) {
        return as(Roles.READ_ONLY).get(path(crn)).then().statusCode(200).extract().jsonPath();
    }
}
