package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.asUser;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduction;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging.ReferralEventFixtures;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class PeopleResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static void introduceAs(String user, String crn) {
        asUser(user, Roles.PRACTITIONER).body(introduction(true)).post(path(crn) + "/introduction").then()
                .statusCode(201);
    }

    @Nested
    class Finding_people {

        @Test
        void the_people_i_introduced_who_wait_for_a_follow_up_and_the_longest_in_their_status_first() {
            String me = "PP_" + Crns.random();
            String colleague = "PP_" + Crns.random();
            String referred = Crns.random();
            String notReferred = Crns.random();
            String someoneElses = Crns.random();
            introduceAs(me, referred);
            introduceAs(me, notReferred);
            introduceAs(colleague, someoneElses);
            ReferralEventFixtures.referred(referred);
            ReferralEventFixtures.referred(someoneElses);
            int version = as(Roles.READ_ONLY).get(path(referred)).then().extract().path("version");

            asUser(me, Roles.PRACTITIONER).queryParam("readinessStatus", "AWAITING_FOLLOW_UP")
                    .queryParam("introducedBy", "me").get("/people").then().statusCode(200)
                    .body("content.crn", contains(referred))
                    .body("content[0].status", is("AWAITING_FOLLOW_UP"))
                    .body("content[0].nextStep", is("Hold the follow-up session on the person's reflections."))
                    .body("content[0].introducedBy", is(me))
                    .body("content[0].version", is(version))
                    .body("totalElements", is(1)).body("totalElementsExact", is(true));
            // the one not yet referred took its status first (at its introduction, before the other's referral)
            asUser(me, Roles.PRACTITIONER).queryParam("introducedBy", "ME").get("/people").then().statusCode(200)
                    .body("content.crn", contains(notReferred, referred))
                    .body("content.status", contains("AWAITING_REFERRAL", "AWAITING_FOLLOW_UP"));
            asUser(me, Roles.PRACTITIONER).queryParam("introducedBy", "me").queryParam("sort", "NEWEST")
                    .queryParam("size", 1).get("/people").then().statusCode(200)
                    .body("content.crn", contains(referred)).body("totalElements", is(2)).body("totalPages", is(2));
            asUser(me, Roles.PRACTITIONER).queryParam("introducedBy", "me").queryParam("size", 1)
                    .queryParam("page", 1).get("/people").then().body("content.crn", contains(referred));
            asUser(colleague, Roles.PRACTITIONER).queryParam("introducedBy", "me").get("/people").then()
                    .body("content.crn", contains(someoneElses));
        }

        @Test
        void every_reading_role_lists_by_status_alone() {
            for (String role : new String[] {Roles.TREATMENT_MANAGER, Roles.READ_ONLY, Roles.PEER_MENTOR}) {
                as(role).queryParam("readinessStatus", "NOT_READY").queryParam("size", 5).get("/people").then()
                        .statusCode(200).body("size", is(5)).body("content.status", everyItem(is("NOT_READY")));
            }
            as(Roles.PROGRAMME_MANAGER).get("/people").then().statusCode(403).contentType(PROBLEM);
        }

        @Test
        void an_unknown_status_an_introducer_other_than_me_or_an_unknown_sort_is_a_400_naming_it() {
            as(Roles.PRACTITIONER).queryParam("readinessStatus", "SOMEWHERE").get("/people").then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", is("readinessStatus"));
            as(Roles.PRACTITIONER).queryParam("introducedBy", "B_PRACTITIONER").get("/people").then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", is("introducedBy"))
                    .body("errors[0].message", is("must be me (the signed-in user)"));
            as(Roles.PRACTITIONER).queryParam("sort", "sideways").get("/people").then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", is("sort"))
                    .body("errors[0].message", is("must be one of OLDEST, NEWEST"));
        }
    }
}
