package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the service's own OpenAPI document and proves that every operation in it answers 401 (problem+json)
 * without a token and 403 (problem+json) with a token lacking its roles. New endpoints are covered the moment they
 * appear in the document. Extend it in a {@code @QuarkusTest} of each service.
 */
public abstract class EndpointSecurityContract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String PROBLEM_JSON = "application/problem+json";

    /** Paths outside the role rule (health, metrics and OpenAPI are not in the document; add any others here). */
    protected Set<String> openPaths() {
        return Set.of();
    }

    /** A value for a path parameter, when any string will not do. */
    protected String pathParameterValue(String name, JsonNode schema) {
        String format = schema == null ? "" : schema.path("format").asText();
        if ("uuid".equals(format)) {
            return "00000000-0000-0000-0000-000000000000";
        }
        JsonNode values = schema == null ? null : schema.path("enum");
        if (values != null && values.isArray() && !values.isEmpty()) {
            return values.get(0).asText();
        }
        return "X123456";
    }

    record Operation(String method, String path, String concretePath) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @TestFactory
    Stream<DynamicTest> every_operation_needs_a_token_and_one_of_its_roles() throws Exception {
        String body = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        JsonNode document = new ObjectMapper().readTree(body);
        List<Operation> operations = operations(document);
        assertFalse(operations.isEmpty(), "the OpenAPI document lists no operations: nothing would be checked");
        String unrelatedRole = RoleTokens.token("SOMEONE", "ROLE_NOT_A_STRUCTURED_INTERVENTIONS_ROLE");
        return operations.stream().flatMap(operation -> Stream.of(
                DynamicTest.dynamicTest(operation + " answers 401 without a token",
                        () -> assertProblem(call(given(), operation), 401, operation)),
                DynamicTest.dynamicTest(operation + " answers 403 with a token lacking its role",
                        () -> assertProblem(call(given().auth().oauth2(unrelatedRole), operation), 403, operation))));
    }

    private List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode parameters = document.path("components").path("parameters");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (openPaths().contains(path.getKey())) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                String concrete = path.getKey();
                List<JsonNode> declared = new ArrayList<>();
                path.getValue().path("parameters").forEach(declared::add);
                method.getValue().path("parameters").forEach(declared::add);
                for (JsonNode parameter : declared) {
                    JsonNode resolved = parameter.has("$ref")
                            ? parameters.path(parameter.get("$ref").asText().replaceFirst("^#/components/parameters/", ""))
                            : parameter;
                    if ("path".equals(resolved.path("in").asText())) {
                        String name = resolved.path("name").asText();
                        concrete = concrete.replace("{" + name + "}", pathParameterValue(name, schema(document, resolved.path("schema"))));
                    }
                }
                operations.add(new Operation(method.getKey(), path.getKey(), concrete));
            }
        }
        return operations;
    }

    private static JsonNode schema(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            return document.path("components").path("schemas")
                    .path(schema.get("$ref").asText().replaceFirst("^#/components/schemas/", ""));
        }
        return schema;
    }

    private static Response call(RequestSpecification request, Operation operation) {
        RequestSpecification withBody = Set.of("post", "put", "patch").contains(operation.method())
                ? request.contentType("application/json").body("{}")
                : request;
        return withBody.request(operation.method().toUpperCase(), operation.concretePath());
    }

    private static void assertProblem(Response response, int status, Operation operation) {
        assertEquals(status, response.statusCode(), operation + " answered " + response.statusCode() + ": " + response.asString());
        String contentType = response.contentType();
        assertTrue(contentType != null && contentType.startsWith(PROBLEM_JSON),
                operation + " answered " + status + " as " + contentType + ", not " + PROBLEM_JSON);
    }
}
