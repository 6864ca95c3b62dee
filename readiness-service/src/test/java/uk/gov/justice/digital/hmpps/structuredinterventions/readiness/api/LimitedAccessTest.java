package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.asUser;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.ALL_EXERCISES;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.byPractitioner;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.completion;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.followUp;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduce;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduction;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.session;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.today;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.LimitedAccessContract;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class LimitedAccessTest extends LimitedAccessContract {

    private static final String CRN = Crns.random();
    private static final String NOT_READY = "{\"ready\":false,\"barriers\":[\"ABILITY_TO_ATTEND\"],"
            + "\"notes\":\"Caring for a parent on weekdays\"}";

    @Override
    protected String crn() {
        return CRN;
    }

    @Override
    protected Map<String, String> prepare() {
        introduce(CRN, true);
        String concern = as(Roles.PRACTITIONER).body(NOT_READY).post(path(CRN) + "/assessments").then()
                .statusCode(201).extract().path("concerns[0].id");
        return Map.of("concernId", concern, "bookingId", java.util.UUID.randomUUID().toString());
    }

    @Override
    protected Map<String, Call> personOperations() {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("GET /people/{crn}/readiness", Call.as(Roles.READ_ONLY));
        calls.put("POST /people/{crn}/readiness/introduction",
                Call.as(Roles.PRACTITIONER).body(json(introduction(true))));
        calls.put("POST /people/{crn}/readiness/follow-ups",
                Call.as(Roles.PRACTITIONER).body(json(followUp("STANDARD", true, ALL_EXERCISES))));
        calls.put("POST /people/{crn}/readiness/completion", Call.as(Roles.PRACTITIONER).body(json(completion())));
        calls.put("POST /people/{crn}/readiness/revisits", Call.as(Roles.PRACTITIONER).body(json(Map.of(
                "session", session(today()), "deliveredBy", byPractitioner(),
                "exercisesRevisited", List.of("GETTING_READY")))));
        calls.put("POST /people/{crn}/readiness/assessments", Call.as(Roles.PRACTITIONER).body(NOT_READY));
        calls.put("POST /people/{crn}/readiness/concerns/{concernId}/acknowledgement",
                Call.as(Roles.TREATMENT_MANAGER).body("{\"notes\":\"Spoke to the practitioner\"}"));
        calls.put("POST /people/{crn}/readiness/follow-up-bookings", Call.as(Roles.PRACTITIONER).body(Examples.BOOKING));
        calls.put("GET /people/{crn}/readiness/follow-up-bookings", Call.as(Roles.READ_ONLY));
        calls.put("GET /people/{crn}/readiness/follow-up-bookings/{bookingId}", Call.as(Roles.READ_ONLY));
        calls.put("POST /people/{crn}/readiness/follow-up-bookings/{bookingId}/delivery",
                Call.as(Roles.PRACTITIONER).body(Examples.BOOKING_DELIVERED));
        calls.put("POST /people/{crn}/readiness/follow-up-bookings/{bookingId}/non-attendance",
                Call.as(Roles.PRACTITIONER).body(Examples.BOOKING_MISSED));
        calls.put("POST /people/{crn}/readiness/follow-up-bookings/{bookingId}/cancellation",
                Call.as(Roles.PRACTITIONER).body(Examples.BOOKING_CANCELLED));
        return calls;
    }

    @Override
    protected Map<String, Call> listOperations() {
        return Map.of("GET /people", Call.as(Roles.READ_ONLY),
                "GET /concerns", Call.as(Roles.TREATMENT_MANAGER));
    }

    /** The module's content, and the Programme Manager's appointments of staff: about no person on probation. */
    @Override
    protected Set<String> notAboutAPerson() {
        return Set.of("GET /module", "GET /module/versions/{version}", "GET /appointments", "POST /appointments",
                "GET /appointments/{appointmentId}", "POST /appointments/{appointmentId}/withdrawal",
                // Subject access is answered whatever the marks: the person is entitled to all of their data.
                "GET /subject-access-request",
                // Operations: a dead-letter listing or replay never shows a record's key or value.
                "GET /dead-letters/{channel}", "POST /dead-letters/{channel}/replays");
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class A_list {

        @Test
        void leaves_an_excluded_user_out_of_the_count_too() {
            String crn = Crns.random();
            String introducer = "INTRO_" + crn;
            asUser(introducer, Roles.PRACTITIONER).body(introduction(true)).post(path(crn) + "/introduction").then()
                    .statusCode(201);
            asUser(introducer, Roles.PRACTITIONER).queryParam("introducedBy", "me").get("/people").then()
                    .statusCode(200).body("content.size()", is(1)).body("totalElements", is(1));
            as(Roles.DELIUS_SYNC).body("{\"restricted\":false,\"excludedFrom\":[\"" + introducer + "\"]}")
                    .put("/limited-access/{crn}", crn).then().statusCode(200);
            asUser(introducer, Roles.PRACTITIONER).queryParam("introducedBy", "me").get("/people").then()
                    .statusCode(200).body("content", empty()).body("totalElements", is(0));
        }
    }
}
