package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;

/**
 * Walks the service's own OpenAPI document and proves that restricted and excluded cases hold for every operation in
 * it. Each operation must be classified by the service's test: it concerns one person (it names a CRN, or a record that
 * belongs to a person), it lists people's records, or it concerns no person. Then, for a person {@link #crn() marked}
 * through {@code PUT /limited-access/{crn}}:
 * <ul>
 *   <li>each operation on that person answers 403 problem+json saying only "restricted" to a user the restriction does
 *   not name and to an excluded user, and lets the named user, an unmarked user and a system client through;</li>
 *   <li>each list leaves the person out for the users it refuses, and shows the person to the others.</li>
 * </ul>
 * An operation nobody classified fails the contract, so new endpoints are covered the moment they appear.
 */
public abstract class LimitedAccessContract {

    /** The user a restriction names. */
    protected static final String NAMED = "NAMED_OFFICER";
    /** A user the restriction does not name. */
    protected static final String OTHER = "OTHER_OFFICER";
    /** A user an exclusion names. */
    protected static final String EXCLUDED = "EXCLUDED_OFFICER";

    private static final String DELIUS_SYNC = "ROLE_STRUCTURED_INTERVENTIONS__DELIUS_SYNC";
    private static final String RESTRICTED_TYPE = "urn:hmpps:structured-interventions:problem:restricted";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** How to call one operation: with which role, query, body and headers. */
    public record Call(String role, String query, String body, Map<String, String> headers) {

        public static Call as(String role) {
            return new Call(role, null, null, Map.of());
        }

        public Call query(String query) {
            return new Call(role, query, body, headers);
        }

        public Call body(String body) {
            return new Call(role, query, body, headers);
        }

        public Call header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Call(role, query, body, more);
        }
    }

    /** The CRN the contract marks. Use one no other test marks. */
    protected abstract String crn();

    /**
     * Makes the person's records while the person is not marked, and returns the values of the path parameters that
     * name them ({@code crn} is filled in already). Called once, before any mark.
     */
    protected abstract Map<String, String> prepare();

    /** The operations on one person's records, as {@code "GET /referrals/{id}"}, and how to call each. */
    protected abstract Map<String, Call> personOperations();

    /** The lists that may hold the person's records, and how to call each so that the person would be in it. */
    protected abstract Map<String, Call> listOperations();

    /** The operations that concern no person (the marks' own feed is one already). */
    protected abstract Set<String> notAboutAPerson();

    @TestFactory
    Stream<DynamicTest> restricted_and_excluded_cases_hold_for_every_operation() throws Exception {
        String document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        List<String> operations = operations(new ObjectMapper().readTree(document));
        assertFalse(operations.isEmpty(), "the OpenAPI document lists no operations: nothing would be checked");
        Map<String, String> values = new HashMap<>(prepare());
        values.put("crn", crn());

        List<DynamicTest> refusals = new ArrayList<>();
        List<DynamicTest> admissions = new ArrayList<>();
        for (String operation : operations) {
            if (operation.equals("PUT /limited-access/{crn}") || notAboutAPerson().contains(operation)) {
                continue;
            }
            Call person = personOperations().get(operation);
            Call list = listOperations().get(operation);
            if (person != null) {
                refusals.add(DynamicTest.dynamicTest(operation + " refuses a user a restriction does not name", () -> {
                    restrictTo(NAMED);
                    assertRestricted(call(operation, person, values, OTHER), operation);
                }));
                refusals.add(DynamicTest.dynamicTest(operation + " refuses an excluded user", () -> {
                    exclude(EXCLUDED);
                    assertRestricted(call(operation, person, values, EXCLUDED), operation);
                }));
                admissions.add(DynamicTest.dynamicTest(operation + " lets the named user through", () -> {
                    restrictTo(NAMED);
                    assertNotRestricted(call(operation, person, values, NAMED), operation);
                }));
                admissions.add(DynamicTest.dynamicTest(operation + " lets a user an exclusion does not name through",
                        () -> {
                            exclude(EXCLUDED);
                            assertNotRestricted(call(operation, person, values, OTHER), operation);
                        }));
                admissions.add(DynamicTest.dynamicTest(operation + " lets a system client through", () -> {
                    restrictTo(NAMED);
                    assertNotRestricted(call(operation, person, values, null), operation);
                }));
            } else if (list != null) {
                refusals.add(DynamicTest.dynamicTest(operation + " leaves the person out for a user a restriction "
                        + "does not name and shows the person to the named user", () -> {
                            restrictTo(NAMED);
                            assertLeftOut(everyPage(operation, list, values, OTHER), operation);
                            assertShown(everyPage(operation, list, values, NAMED), operation);
                            assertShown(everyPage(operation, list, values, null), operation);
                        }));
                refusals.add(DynamicTest.dynamicTest(operation + " leaves the person out for an excluded user", () -> {
                    exclude(EXCLUDED);
                    assertLeftOut(everyPage(operation, list, values, EXCLUDED), operation);
                    assertShown(everyPage(operation, list, values, OTHER), operation);
                }));
            } else {
                refusals.add(DynamicTest.dynamicTest(operation + " is classified", () -> fail(operation
                        + " is in the OpenAPI document but the limited-access contract does not say whether it "
                        + "concerns a person, lists people's records or concerns no person")));
            }
        }
        return Stream.concat(refusals.stream(), admissions.stream());
    }

    /** Marks the person restricted to the one user. */
    protected void restrictTo(String userName) {
        mark("{\"restricted\":true,\"restrictedTo\":[\"" + userName + "\"],\"excludedFrom\":[]}");
    }

    /** Marks the person as not restricted but closed to the one user. */
    protected void exclude(String userName) {
        mark("{\"restricted\":false,\"restrictedTo\":[],\"excludedFrom\":[\"" + userName + "\"]}");
    }

    /** Lifts every mark on the person. */
    protected void lift() {
        mark("{\"restricted\":false,\"restrictedTo\":[],\"excludedFrom\":[]}");
    }

    private void mark(String marks) {
        given().auth().oauth2(LocalTokens.systemToken(List.of(DELIUS_SYNC))).contentType(ContentType.JSON)
                .body(marks).put("/limited-access/{crn}", crn()).then().statusCode(200);
    }

    private static List<String> operations(JsonNode document) {
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static Response call(String operation, Call call, Map<String, String> values, String userName) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1);
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        assertFalse(path.contains("{"), operation + " has a path parameter prepare() gave no value for: " + path);
        String token = userName == null ? LocalTokens.systemToken(List.of(call.role()))
                : RoleTokens.token(userName, call.role());
        RequestSpecification request = given().auth().oauth2(token).accept("application/json, application/problem+json");
        call.headers().forEach(request::header);
        if (call.body() != null) {
            request.contentType(ContentType.JSON).body(call.body());
        }
        String target = call.query() == null ? path : path + "?" + call.query();
        return request.request(method, target);
    }

    /** Every page of the list (100 to a page, as far as 100 pages), as one text, so the person is found wherever. */
    private static String everyPage(String operation, Call call, Map<String, String> values, String userName) {
        StringBuilder pages = new StringBuilder();
        for (int page = 0; page < 100; page++) {
            String query = (call.query() == null ? "" : call.query() + "&") + "size=100&page=" + page;
            Response response = call(operation, call.query(query), values, userName);
            assertEquals(200, response.statusCode(), operation + ": " + response.asString());
            pages.append(response.asString());
            int totalPages = response.jsonPath().getInt("totalPages");
            if (page + 1 >= totalPages) {
                break;
            }
        }
        return pages.toString();
    }

    private void assertRestricted(Response response, String operation) throws Exception {
        String body = response.asString();
        assertEquals(403, response.statusCode(), operation + " answered " + response.statusCode() + ": " + body);
        assertTrue(response.contentType().startsWith("application/problem+json"),
                operation + " answered 403 as " + response.contentType());
        JsonNode problem = new ObjectMapper().readTree(body);
        assertEquals(RESTRICTED_TYPE, problem.path("type").asText(), operation + ": " + body);
        assertEquals("restricted", problem.path("userMessage").asText(), operation + ": " + body);
        assertTrue(problem.path("errors").isEmpty(), operation + " said more than restricted: " + body);
        // The instance is the path the caller sent; any other member naming the person would tell them more.
        ((ObjectNode) problem).remove("instance");
        assertFalse(problem.toString().contains(crn()), operation + " named the person in its refusal: " + body);
    }

    private static void assertNotRestricted(Response response, String operation) {
        String body = response.asString();
        assertFalse(response.statusCode() == 403 && body.contains(RESTRICTED_TYPE),
                operation + " refused a caller who may see the person: " + body);
        assertNotEquals(500, response.statusCode(), operation + " failed: " + body);
    }

    private void assertLeftOut(String pages, String operation) {
        assertFalse(pages.contains(crn()), operation + " listed the person to a caller who may not see them");
    }

    private void assertShown(String pages, String operation) {
        assertTrue(pages.contains(crn()), operation + " left the person out for a caller who may see them (the call "
                + "must find the person's records)");
    }
}
