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
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ProbationRegions;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging.ReferralEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcernResourceTest {

    /** A person introduced to the module and assessed not ready; answers the concern's id. */
    private static String concernAbout(String crn) {
        introduce(crn, true);
        return assessedNotReady(crn);
    }

    /** A person introduced, referred in each region and assessed not ready; answers the concern's id. */
    private static String concernAbout(String crn, String... regions) {
        introduce(crn, true);
        for (String region : regions) {
            ReferralEventFixtures.referred(crn, region);
        }
        return assessedNotReady(crn);
    }

    private static String assessedNotReady(String crn) {
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
        void for_a_region_lists_the_concerns_affecting_its_referrals_longest_waiting_first() {
            String first = concernAbout(Crns.random(), "north-east");
            String elsewhere = concernAbout(Crns.random(), "south-west");
            String second = concernAbout(Crns.random(), "north-east");

            JsonPath northEast = concerns("?region=north-east&acknowledged=false&size=100");
            List<String> ids = northEast.getList("content.concern.id");
            assertThat(ids).contains(first, second).doesNotContain(elsewhere);
            assertThat(ids.indexOf(first)).isLessThan(ids.indexOf(second));
            assertThat(northEast.getList("content.concern.regions", List.class)).containsOnly(List.of("north-east"));
            assertThat(concerns("?region=south-west&size=100").getList("content.concern.id"))
                    .contains(elsewhere).doesNotContain(first, second);
            assertThat(concerns("?size=100").getList("content.concern.id")).contains(first, elsewhere, second);
        }

        @Test
        void a_concern_for_referrals_in_two_regions_is_on_both_regions_lists() {
            String crn = Crns.random();
            String concern = concernAbout(crn, "wales", "east-midlands");

            for (String region : List.of("wales", "east-midlands")) {
                JsonPath list = concerns("?acknowledged=false&size=100&region=" + region);
                assertThat(list.getList("content.concern.id")).contains(concern);
                assertThat(list.getList("content.find { it.concern.id == '" + concern + "' }.concern.regions"))
                        .containsExactly("east-midlands", "wales");
            }
            assertThat(concerns("?region=west-midlands&size=100").getList("content.concern.id")).doesNotContain(concern);
        }

        @Test
        void an_acknowledged_concern_leaves_its_regions_open_list_and_joins_its_acknowledged_list() {
            String crn = Crns.random();
            String concern = concernAbout(crn, "greater-manchester");
            as(Roles.TREATMENT_MANAGER).body(Map.of()).post(path(crn) + "/concerns/" + concern + "/acknowledgement")
                    .then().statusCode(200);

            assertThat(concerns("?region=greater-manchester&acknowledged=false&size=100")
                    .getList("content.concern.id")).doesNotContain(concern);
            JsonPath acknowledged = concerns("?region=greater-manchester&acknowledged=true&size=100");
            assertThat(acknowledged.getList("content.concern.id")).contains(concern);
            assertThat(acknowledged.getList("content.concern.acknowledged", Boolean.class)).containsOnly(true);
            assertThat(concerns("?region=greater-manchester&size=100").getList("content.concern.id")).contains(concern);
        }

        @Test
        void for_a_region_comes_a_page_at_a_time() {
            concernAbout(Crns.random(), "kent-surrey-and-sussex");
            concernAbout(Crns.random(), "kent-surrey-and-sussex");
            JsonPath page = concerns("?region=kent-surrey-and-sussex&size=1&page=1");
            assertThat(page.getList("content")).hasSize(1);
            assertThat(page.getList("content.concern.regions", List.class)).containsOnly(List.of("kent-surrey-and-sussex"));
            assertThat(page.getLong("totalElements")).isGreaterThanOrEqualTo(2);
            assertThat(page.getInt("totalPages")).isEqualTo((int) page.getLong("totalElements"));
            assertThat(page.getBoolean("totalElementsExact")).isTrue();
        }

        @Test
        void a_concern_raised_before_its_referrals_region_was_known_joins_that_regions_list_when_an_event_names_it() {
            String crn = Crns.random();
            introduce(crn, true);
            UUID referral = ReferralEventFixtures.referred(crn, "east-of-england");
            // As the referral was kept before regions were (V4).
            TestDatabase.queryForText("UPDATE linked_referral SET region = NULL WHERE referral_id = ? RETURNING 1",
                    referral);
            String concern = assessedNotReady(crn);
            assertThat(concerns("?region=east-of-england&size=100").getList("content.concern.id"))
                    .doesNotContain(concern);

            TestDatabase.awaitHandled(ReferralEventFixtures.statusChanged(crn, referral, "east-of-england",
                    "AWAITING_READINESS", "SUITABLE_BUT_NOT_READY", 4));

            assertThat(concerns("?region=east-of-england&acknowledged=false&size=100").getList("content.concern.id"))
                    .contains(concern);
        }

        @Test
        void an_acknowledged_concern_that_learns_its_referrals_region_joins_that_regions_acknowledged_list_only() {
            String crn = Crns.random();
            introduce(crn, true);
            UUID referral = ReferralEventFixtures.referred(crn, "yorkshire-and-the-humber");
            TestDatabase.queryForText("UPDATE linked_referral SET region = NULL WHERE referral_id = ? RETURNING 1",
                    referral);
            String concern = assessedNotReady(crn);
            as(Roles.TREATMENT_MANAGER).body(Map.of()).post(path(crn) + "/concerns/" + concern + "/acknowledgement")
                    .then().statusCode(200);

            TestDatabase.awaitHandled(ReferralEventFixtures.statusChanged(crn, referral, "yorkshire-and-the-humber",
                    "AWAITING_READINESS", "SUITABLE_BUT_NOT_READY", 4));

            assertThat(concerns("?region=yorkshire-and-the-humber&acknowledged=true&size=100")
                    .getList("content.concern.id")).contains(concern);
            assertThat(concerns("?region=yorkshire-and-the-humber&acknowledged=false&size=100")
                    .getList("content.concern.id")).doesNotContain(concern);
        }

        @Test
        void with_a_region_that_is_not_a_probation_regions_code_is_a_bad_request_naming_it() {
            as(Roles.TREATMENT_MANAGER).get("/concerns?region=atlantis").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("region"));
            as(Roles.TREATMENT_MANAGER).get("/concerns?region=North-East").then().statusCode(200);
        }

        @Test
        void documents_the_twelve_region_codes_the_filter_accepts() {
            JsonPath document = as(Roles.READ_ONLY).get("/q/openapi?format=json").then().statusCode(200).extract()
                    .jsonPath();
            assertThat(document.getList("paths.'/concerns'.get.parameters.find { it.name == 'region' }.schema.enum"))
                    .containsExactlyElementsOf(ProbationRegions.CODES);
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
