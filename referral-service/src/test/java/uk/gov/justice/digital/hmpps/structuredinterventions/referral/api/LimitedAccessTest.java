package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.asUser;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.details;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.api.ReferralFixtures.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
    private static final UUID INTERVENTION = UUID.randomUUID();

    @Override
    protected String crn() {
        return CRN;
    }

    @Override
    protected Map<String, String> prepare() {
        return Map.of("id", draft(details(CRN, INTERVENTION)));
    }

    @Override
    protected Map<String, Call> personOperations() {
        String details = json(details(CRN, INTERVENTION));
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("POST /referrals", Call.as(Roles.PRACTITIONER).body(details));
        calls.put("GET /referrals/{id}", Call.as(Roles.READ_ONLY));
        calls.put("GET /referrals/{id}/history", Call.as(Roles.READ_ONLY));
        calls.put("PUT /referrals/{id}", Call.as(Roles.PRACTITIONER).body(details));
        calls.put("POST /referrals/{id}/submit", Call.as(Roles.PRACTITIONER));
        calls.put("POST /referrals/{id}/transitions", Call.as(Roles.TREATMENT_MANAGER).body("{\"to\":\"WITHDRAWN\"}"));
        calls.put("POST /referrals/{id}/hand-over", Call.as(Roles.PRACTITIONER).body("{\"to\":\"B_PRACTITIONER\"}"));
        return calls;
    }

    @Override
    protected Map<String, Call> listOperations() {
        return Map.of("GET /referrals", Call.as(Roles.READ_ONLY).query("crn=" + CRN));
    }

    @Override
    protected Set<String> notAboutAPerson() {
        // Subject access is answered whatever the marks: the person is entitled to all of their data.
        return Set.of("GET /referral-status-transitions", "GET /subject-access-request",
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
    class The_marks_feed {

        @Test
        void keeps_user_names_upper_case_and_sorted_and_answers_the_same_when_sent_again() {
            String crn = Crns.random();
            String marks = "{\"restricted\":true,\"restrictedTo\":[\"z_user\",\"A_USER\"],\"excludedFrom\":[\"b_user\"]}";
            for (int time = 0; time < 2; time++) {
                as(Roles.DELIUS_SYNC).body(marks).put("/limited-access/{crn}", crn).then().statusCode(200)
                        .body("restricted", is(true)).body("restrictedTo", contains("A_USER", "Z_USER"))
                        .body("excludedFrom", contains("B_USER"));
            }
        }

        @Test
        void lifts_the_marks_when_sent_none() {
            String crn = Crns.random();
            draft(details(crn, INTERVENTION));
            as(Roles.DELIUS_SYNC).body("{\"restricted\":true,\"restrictedTo\":[],\"excludedFrom\":[]}")
                    .put("/limited-access/{crn}", crn).then().statusCode(200);
            as(Roles.READ_ONLY).queryParam("crn", crn).get("/referrals").then().statusCode(200)
                    .body("content", empty()).body("totalElements", is(0));
            as(Roles.DELIUS_SYNC).body("{\"restricted\":false}").put("/limited-access/{crn}", crn).then()
                    .statusCode(200).body("restrictedTo", empty()).body("excludedFrom", empty());
            as(Roles.READ_ONLY).queryParam("crn", crn).get("/referrals").then().statusCode(200)
                    .body("content.size()", is(1));
        }

        @Test
        void refuses_users_named_for_a_person_who_is_not_restricted() {
            as(Roles.DELIUS_SYNC).body("{\"restricted\":false,\"restrictedTo\":[\"J_SMITH\"]}")
                    .put("/limited-access/{crn}", Crns.random()).then().statusCode(400)
                    .contentType("application/problem+json");
        }

        @Test
        void refuses_a_user_name_that_is_not_one() {
            as(Roles.DELIUS_SYNC).body("{\"restricted\":true,\"restrictedTo\":[\"J SMITH\"]}")
                    .put("/limited-access/{crn}", Crns.random()).then().statusCode(400)
                    .contentType("application/problem+json");
        }

        @Test
        void refuses_a_crn_that_is_not_one() {
            as(Roles.DELIUS_SYNC).body("{\"restricted\":true}").put("/limited-access/{crn}", "x1").then()
                    .statusCode(400).contentType("application/problem+json");
        }

        @Test
        void is_open_only_to_the_delius_adapter() {
            as(Roles.PRACTITIONER).body("{\"restricted\":false}").put("/limited-access/{crn}", Crns.random()).then()
                    .statusCode(403);
        }
    }

    @Nested
    class A_list_without_a_crn {

        @Test
        void leaves_a_restricted_person_out_of_the_count_too() {
            String crn = Crns.random();
            String referrer = "LIST_" + crn;
            asUser(referrer, Roles.PRACTITIONER).body(details(crn, INTERVENTION)).post("/referrals").then()
                    .statusCode(201);
            asUser(referrer, Roles.PRACTITIONER).queryParam("referrer", "me").get("/referrals").then()
                    .statusCode(200).body("content.size()", is(1)).body("totalElements", is(1));
            as(Roles.DELIUS_SYNC).body("{\"restricted\":true,\"restrictedTo\":[\"SOMEONE_ELSE\"]}")
                    .put("/limited-access/{crn}", crn).then().statusCode(200);
            asUser(referrer, Roles.PRACTITIONER).queryParam("referrer", "me").get("/referrals").then()
                    .statusCode(200).body("content", empty()).body("totalElements", is(0));
        }
    }
}
