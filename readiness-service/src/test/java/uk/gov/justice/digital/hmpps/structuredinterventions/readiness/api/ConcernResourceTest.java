package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduce;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcernResourceTest {

    /** A person introduced to the module and assessed not ready; answers the concern's id. */
    private static String concernAbout(String crn) {
        introduce(crn, true);
        return as(Roles.PRACTITIONER).body(Map.of("ready", false, "barriers", List.of("ABILITY_TO_ATTEND"),
                        "notes", "Caring for a parent on weekdays"))
                .post(path(crn) + "/assessments").then().statusCode(201).extract().path("concerns[0].id");
    }

    private static JsonPath concerns(String query) {
        return as(Roles.TREATMENT_MANAGER).get("/concerns" + query).then().statusCode(200).extract().jsonPath();
    }

    @Nested
    class FindConcerns {

        @Test
        void lists_the_concerns_not_yet_acknowledged_longest_waiting_first_with_each_persons_crn() {
            String first = Crns.random();
            String second = Crns.random();
            String firstConcern = concernAbout(first);
            String secondConcern = concernAbout(second);

            JsonPath open = concerns("?acknowledged=false&size=100");
            List<String> ids = open.getList("content.concern.id");
            assertThat(ids).contains(firstConcern, secondConcern);
            assertThat(ids.indexOf(firstConcern)).isLessThan(ids.indexOf(secondConcern));
            assertThat(open.getString("content.find { it.concern.id == '" + secondConcern + "' }.crn")).isEqualTo(second);
            assertThat(open.getList("content.concern.acknowledged", Boolean.class)).containsOnly(false);
            assertThat(open.getList("content.concern.barriers").get(ids.indexOf(firstConcern)).toString())
                    .contains("ABILITY_TO_ATTEND");
        }

        @Test
        void an_acknowledged_concern_leaves_the_open_list_and_joins_the_acknowledged_one() {
            String crn = Crns.random();
            String concern = concernAbout(crn);
            as(Roles.TREATMENT_MANAGER).body(Map.of()).post(path(crn) + "/concerns/" + concern + "/acknowledgement")
                    .then().statusCode(200);

            assertThat(concerns("?acknowledged=false&size=100").getList("content.concern.id")).doesNotContain(concern);
            JsonPath acknowledged = concerns("?acknowledged=true&size=100");
            assertThat(acknowledged.getList("content.concern.id")).contains(concern);
            assertThat(acknowledged.getList("content.concern.acknowledged", Boolean.class)).containsOnly(true);
            assertThat(concerns("?size=100").getList("content.concern.id")).contains(concern);
        }

        @Test
        void comes_a_page_at_a_time() {
            concernAbout(Crns.random());
            concernAbout(Crns.random());
            JsonPath page = concerns("?size=1&page=1");
            assertThat(page.getList("content")).hasSize(1);
            assertThat(page.getInt("page")).isEqualTo(1);
            assertThat(page.getLong("totalElements")).isGreaterThanOrEqualTo(2);
            assertThat(page.getInt("totalPages")).isEqualTo((int) page.getLong("totalElements"));
        }

        @Test
        void with_acknowledged_other_than_true_or_false_is_a_bad_request_naming_it() {
            as(Roles.TREATMENT_MANAGER).get("/concerns?acknowledged=yes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("acknowledged"));
            as(Roles.TREATMENT_MANAGER).get("/concerns?size=0").then().statusCode(400)
                    .body("errors.field", contains("size"));
        }

        @Test
        void may_be_read_by_practitioners_and_read_only_users_but_not_by_the_delius_adapter() {
            as(Roles.PRACTITIONER).get("/concerns").then().statusCode(200);
            as(Roles.READ_ONLY).get("/concerns").then().statusCode(200);
            as(Roles.DELIUS_SYNC).get("/concerns").then().statusCode(403);
        }
    }
}
