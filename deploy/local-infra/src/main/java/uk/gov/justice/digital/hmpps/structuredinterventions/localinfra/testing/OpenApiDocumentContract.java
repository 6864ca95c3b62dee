package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Keeps the OpenAPI document committed under {@code docs/openapi/<service>.json} in step with what the service
 * serves, and holds every operation in it to the project's bar: a summary, examples for what it accepts, and its
 * error answers. Extend it in a {@code @QuarkusTest} of each service.
 *
 * <p>After changing the API, write the new document with
 * {@code ./mvnw -pl <service> test -Dtest=OpenApiDocumentTest -Dopenapi.update=true} and commit it with the change.
 */
public abstract class OpenApiDocumentContract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** The service's name, which names its document: {@code docs/openapi/<name>.json}; its application name. */
    protected String serviceName() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    private static JsonNode served() throws IOException {
        return JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void the_committed_openapi_document_is_the_one_the_service_serves() throws IOException {
        Path committed = EventSchemas.eventsDirectory().getParent().resolve("openapi").resolve(serviceName() + ".json");
        JsonNode served = served();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n");
        }
        assertTrue(Files.isRegularFile(committed), committed + " is missing; write it with -Dopenapi.update=true");
        assertEquals(JSON.readTree(Files.readString(committed)), served, "docs/openapi/" + serviceName()
                + ".json is out of step with the service; write it with ./mvnw -pl " + serviceName()
                + " test -Dtest=OpenApiDocumentTest -Dopenapi.update=true and commit it");
    }

    @Test
    void every_operation_has_a_summary_examples_and_its_error_answers() throws IOException {
        List<String> shortcomings = new ArrayList<>();
        JsonNode document = served();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    shortcomings.addAll(shortcomings(method.getKey(), path.getKey(), method.getValue()));
                }
            }
        }
        assertTrue(shortcomings.isEmpty(), String.join("\n", shortcomings));
    }

    private static List<String> shortcomings(String method, String path, JsonNode operation) {
        String name = method.toUpperCase() + " " + path;
        List<String> shortcomings = new ArrayList<>();
        if (operation.path("summary").asText().isBlank()) {
            shortcomings.add(name + " has no summary");
        }
        JsonNode responses = operation.path("responses");
        if (!responses.fieldNames().hasNext() || !hasAny(responses, "200", "201", "204")) {
            shortcomings.add(name + " documents no success answer");
        }
        if (!hasAny(responses, "401") || !hasAny(responses, "403")) {
            shortcomings.add(name + " does not document 401 and 403");
        }
        if (path.contains("{") && !hasAny(responses, "404")) {
            shortcomings.add(name + " names a resource but does not document 404");
        }
        if (WRITES.contains(method) && !hasAny(responses, "400", "409", "412", "422")) {
            shortcomings.add(name + " changes something but documents none of 400, 409, 412, 422");
        }
        JsonNode body = operation.path("requestBody").path("content");
        for (Iterator<Map.Entry<String, JsonNode>> types = body.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            if (!type.getValue().has("examples") && !type.getValue().has("example")) {
                shortcomings.add(name + " accepts " + type.getKey() + " without an example");
            }
        }
        return shortcomings;
    }

    private static boolean hasAny(JsonNode responses, String... codes) {
        for (String code : codes) {
            if (responses.has(code)) {
                return true;
            }
        }
        return false;
    }
}
