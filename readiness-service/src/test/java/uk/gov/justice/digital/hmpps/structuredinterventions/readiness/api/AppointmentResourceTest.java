package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.asUser;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.PROGRAMME_MANAGER_USER;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.appoint;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class AppointmentResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String someone() {
        return "U_" + UUID.randomUUID();
    }

    @Nested
    class Appointing {

        @Test
        void records_the_programme_manager_from_the_token_and_answers_201_with_its_location() {
            String user = someone();
            asUser("PM_ONE", Roles.PROGRAMME_MANAGER)
                    .body(Map.of("userName", user, "name", "Sam Mentor", "role", "PEER_MENTOR",
                            "appointedBy", "Someone Typed"))
                    .post("/appointments").then().statusCode(201)
                    .header("Location", notNullValue()).header("ETag", notNullValue())
                    .body("userName", is(user)).body("name", is("Sam Mentor")).body("role", is("PEER_MENTOR"))
                    .body("appointedBy", is("PM_ONE")).body("appointedAt", notNullValue()).body("current", is(true));
        }

        @Test
        void a_second_current_appointment_of_the_person_in_the_role_is_a_conflict_but_another_role_is_not() {
            String user = someone();
            appoint(user, "Sam", "PEER_MENTOR");

            asUser(PROGRAMME_MANAGER_USER, Roles.PROGRAMME_MANAGER)
                    .body(Map.of("userName", user.toLowerCase(), "name", "Sam", "role", "PEER_MENTOR"))
                    .post("/appointments").then().statusCode(409).contentType(PROBLEM);
            appoint(user, "Sam", "FACILITATOR");
        }

        @Test
        void without_a_user_name_or_with_an_unknown_role_is_a_bad_request() {
            asUser(PROGRAMME_MANAGER_USER, Roles.PROGRAMME_MANAGER).body(Map.of("name", "Sam", "role", "PEER_MENTOR"))
                    .post("/appointments").then().statusCode(400).body("errors.field", hasItem("userName"));
            asUser(PROGRAMME_MANAGER_USER, Roles.PROGRAMME_MANAGER)
                    .body(Map.of("userName", someone(), "name", "Sam", "role", "TREATMENT_MANAGER"))
                    .post("/appointments").then().statusCode(400).contentType(PROBLEM);
        }

        @Test
        void is_for_programme_managers_only() {
            for (String role : List.of(Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.FACILITATOR,
                    Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM, Roles.READ_ONLY)) {
                as(role).body(Map.of("userName", someone(), "name", "Sam", "role", "PEER_MENTOR"))
                        .post("/appointments").then().statusCode(403).contentType(PROBLEM);
            }
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void is_recorded_once_and_the_appointment_stays_listed_as_withdrawn() {
            String user = someone();
            String id = appoint(user, "Alex", "FACILITATOR");

            asUser("PM_TWO", Roles.PROGRAMME_MANAGER).body(Map.of("reason", "Moved region"))
                    .post("/appointments/" + id + "/withdrawal").then().statusCode(200)
                    .body("current", is(false)).body("withdrawnBy", is("PM_TWO"))
                    .body("withdrawalReason", is("Moved region")).body("appointedBy", is(PROGRAMME_MANAGER_USER));
            asUser("PM_TWO", Roles.PROGRAMME_MANAGER).body(Map.of())
                    .post("/appointments/" + id + "/withdrawal").then().statusCode(409).contentType(PROBLEM);
            as(Roles.READ_ONLY).get("/appointments/" + id).then().statusCode(200).body("current", is(false));
            appoint(user, "Alex", "FACILITATOR");
        }

        @Test
        void of_an_unknown_appointment_is_not_found() {
            asUser(PROGRAMME_MANAGER_USER, Roles.PROGRAMME_MANAGER).body(Map.of())
                    .post("/appointments/" + UUID.randomUUID() + "/withdrawal").then().statusCode(404);
        }

        @Test
        void honours_if_match() {
            String id = appoint(someone(), "Alex", "FACILITATOR");

            asUser(PROGRAMME_MANAGER_USER, Roles.PROGRAMME_MANAGER).body(Map.of()).header("If-Match", "\"7\"")
                    .post("/appointments/" + id + "/withdrawal").then().statusCode(412);
        }

        @Test
        void is_for_programme_managers_only() {
            String id = appoint(someone(), "Alex", "FACILITATOR");

            as(Roles.PRACTITIONER).body(Map.of()).post("/appointments/" + id + "/withdrawal").then().statusCode(403);
        }
    }

    @Nested
    class Finding {

        @Test
        void filters_by_role_and_by_current_in_pages() {
            String mentor = appoint(someone(), "Sam", "PEER_MENTOR");
            String withdrawn = appoint(someone(), "Kim", "PEER_MENTOR");
            asUser(PROGRAMME_MANAGER_USER, Roles.PROGRAMME_MANAGER).body(Map.of())
                    .post("/appointments/" + withdrawn + "/withdrawal").then().statusCode(200);
            String facilitator = appoint(someone(), "Alex", "FACILITATOR");

            as(Roles.PEER_MENTOR).queryParam("role", "PEER_MENTOR").queryParam("current", "true")
                    .queryParam("size", 100).get("/appointments").then().statusCode(200)
                    .body("content.role", everyItem(is("PEER_MENTOR"))).body("content.current", everyItem(is(true)))
                    .body("content.id", hasItem(mentor)).body("content.id", not(hasItem(withdrawn)))
                    .body("content.id", not(hasItem(facilitator)));
            as(Roles.PRACTITIONER).queryParam("current", "false").queryParam("size", 100).get("/appointments").then()
                    .statusCode(200).body("content.current", everyItem(is(false)))
                    .body("content.id", hasItem(withdrawn));
            as(Roles.READ_ONLY).queryParam("size", 1).get("/appointments").then().statusCode(200)
                    .body("size", is(1)).body("content.size()", is(1));
        }

        @Test
        void an_unknown_role_or_current_value_is_a_bad_request_naming_it() {
            as(Roles.PRACTITIONER).queryParam("role", "WARDEN").get("/appointments").then().statusCode(400)
                    .body("errors.field", contains("role"));
            as(Roles.PRACTITIONER).queryParam("current", "maybe").get("/appointments").then().statusCode(400)
                    .body("errors.field", contains("current"));
            as(Roles.PRACTITIONER).queryParam("size", 101).get("/appointments").then().statusCode(400)
                    .body("errors.field", contains("size"));
        }

        @Test
        void an_unknown_appointment_is_not_found() {
            as(Roles.PRACTITIONER).get("/appointments/" + UUID.randomUUID()).then().statusCode(404)
                    .contentType(PROBLEM);
        }
    }
}
