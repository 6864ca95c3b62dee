package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Keeps the OpenAPI document committed under {@code docs/openapi/<service>.json} in step with what the service
 * serves, and holds every operation in it to the project's bar, the one a front-end team generating a client from the
 * document needs: an operationId, a summary and a tag; examples for what it accepts; every success answer typed with a
 * schema (never {@code {}}) and carrying an example that is valid against that schema, a POST's 201 naming its
 * {@code Location}, and the {@code ETag} on the answers of a resource that takes {@code If-Match}; and its error answers,
 * 401, 403 and 503 (with {@code Retry-After}) among them, each an {@code application/problem+json} Problem. A failure lists every operation that falls
 * short. Extend it in a {@code @QuarkusTest} of each service.
 *
 * <p>An answer's examples are checked against its schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), with the
 * {@code $ref}s to {@code #/components/schemas} resolved, formats ({@code uuid}, {@code date}, {@code date-time}) asserted,
 * and two readings that match what the services write: an object takes no property its schema does not name (so a
 * misspelt or stale field is caught), and a property the schema does not list as required may be {@code null} (Jackson
 * writes an absent value as {@code null}).
 *
 * <p>After changing the API, write the new document with
 * {@code ./mvnw -pl <service> test -Dtest=OpenApiDocumentTest -Dopenapi.update=true} and commit it with the change.
 */
public abstract class OpenApiDocumentContract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> IN_PLACE = Set.of("put", "patch", "delete");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String PROBLEM_JSON = "application/problem+json";
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
        List<String> shortcomings = shortcomingsOf(served());
        assertTrue(shortcomings.isEmpty(), shortcomings.size() + " shortcomings of the served document:\n"
                + String.join("\n", shortcomings));
    }

    /** What every operation of {@code document} lacks, one line each naming the operation; empty when none. */
    public static List<String> shortcomingsOf(JsonNode document) {
        List<String> shortcomings = new ArrayList<>();
        Map<String, String> operationIds = new java.util.HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            boolean takesIfMatch = false;
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                // A resource changed in place (PUT, PATCH, DELETE with If-Match) is read with its ETag; a POST that
                // takes If-Match names the version of a parent the path's GET may not answer (a collection's list).
                takesIfMatch |= IN_PLACE.contains(method.getKey()) && takesIfMatch(method.getValue());
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    String name = method.getKey().toUpperCase() + " " + path.getKey();
                    String operationId = method.getValue().path("operationId").asText();
                    String other = operationIds.putIfAbsent(operationId, name);
                    if (!operationId.isBlank() && other != null) {
                        shortcomings.add(name + " has the operationId " + operationId + " of " + other);
                    }
                    shortcomings.addAll(shortcomings(document, method.getKey(), path.getKey(), method.getValue(),
                            takesIfMatch));
                }
            }
        }
        return shortcomings;
    }

    private static List<String> shortcomings(JsonNode document, String method, String path, JsonNode operation,
            boolean resourceTakesIfMatch) {
        String name = method.toUpperCase() + " " + path;
        List<String> shortcomings = new ArrayList<>();
        if (operation.path("operationId").asText().isBlank()) {
            shortcomings.add(name + " has no operationId (the method name of a generated client)");
        }
        if (operation.path("summary").asText().isBlank()) {
            shortcomings.add(name + " has no summary");
        }
        if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
            shortcomings.add(name + " has no tag");
        }
        for (Iterator<Map.Entry<String, JsonNode>> answers = operation.path("responses").fields(); answers.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = answers.next();
            String code = entry.getKey();
            JsonNode answer = resolve(document, entry.getValue());
            // 204, and HMPPS's 209 (a subject access request for an identifier the service does not hold), have no body
            if (code.startsWith("2") && !code.equals("204") && !code.equals("209")) {
                shortcomings.addAll(successShortcomings(document, name + " answers " + code, answer));
                if (code.equals("201") && method.equals("post") && !answer.path("headers").has("Location")) {
                    shortcomings.add(name + " answers 201 without documenting its Location header");
                }
                if ((resourceTakesIfMatch && method.equals("get") || takesIfMatch(operation))
                        && !answer.path("headers").has("ETag")) {
                    shortcomings.add(name + " answers " + code + " without documenting the ETag header that "
                            + "If-Match sends back");
                }
            } else if (code.startsWith("4") || code.startsWith("5")) {
                JsonNode problem = answer.path("content").path(PROBLEM_JSON);
                if (!refersTo(document, problem.path("schema"), "#/components/schemas/Problem")) {
                    shortcomings.add(name + " answers " + code + " without the Problem schema as " + PROBLEM_JSON);
                }
            }
        }
        JsonNode responses = operation.path("responses");
        if (!responses.fieldNames().hasNext() || !hasAny(responses, "200", "201", "202", "204")) {
            shortcomings.add(name + " documents no success answer");
        }
        if (!hasAny(responses, "401") || !hasAny(responses, "403")) {
            shortcomings.add(name + " does not document 401 and 403");
        }
        // Every operation with a role reads or writes the database; one that does not answer in time is a 503.
        if (hasAny(responses, "401")) {
            if (!hasAny(responses, "503")) {
                shortcomings.add(name + " does not document 503 (the database not answering)");
            } else if (!resolve(document, responses.path("503")).path("headers").has("Retry-After")) {
                shortcomings.add(name + " answers 503 without documenting its Retry-After header");
            }
        }
        // The limited-access marks of a person (the same in every service holding person data) are kept whether or not
        // the service holds anything of the person yet: that PUT never answers 404.
        if (path.contains("{") && !hasAny(responses, "404") && !path.equals("/limited-access/{crn}")) {
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

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig ASSERTING_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).locale(Locale.UK).build();
    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";
    private static final String DEFINITIONS = "#/$defs/";
    /** Keywords whose values are data, not schemas: left as they are. */
    private static final Set<String> DATA = Set.of("example", "examples", "enum", "const", "default");

    private static List<String> successShortcomings(JsonNode document, String name, JsonNode answer) {
        List<String> shortcomings = new ArrayList<>();
        JsonNode content = answer.path("content");
        if (!content.isObject() || content.isEmpty()) {
            shortcomings.add(name + " with no content: type it (RestResponse<T>, or @APIResponse content)");
            return shortcomings;
        }
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            if (untyped(document, type.getValue().path("schema"))) {
                shortcomings.add(name + " " + type.getKey() + " with an empty schema: type it (RestResponse<T>, "
                        + "or @APIResponse content)");
                continue;
            }
            Map<String, JsonNode> examples = examplesOf(type.getValue());
            if (examples.isEmpty()) {
                shortcomings.add(name + " " + type.getKey() + " without an example (@APIResponse content with "
                        + "examples = @ExampleObject)");
            }
            for (Map.Entry<String, JsonNode> example : examples.entrySet()) {
                Set<String> problems = problemsOf(document, type.getValue().path("schema"), example.getValue());
                if (!problems.isEmpty()) {
                    shortcomings.add(name + " " + type.getKey() + " has the example \"" + example.getKey()
                            + "\", which its schema refuses: " + String.join("; ", problems));
                }
            }
        }
        return shortcomings;
    }

    /** The examples of a media type, by name: its {@code examples}' values, its {@code example}, its schema's. */
    private static Map<String, JsonNode> examplesOf(JsonNode mediaType) {
        Map<String, JsonNode> examples = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> named = mediaType.path("examples").fields(); named.hasNext(); ) {
            Map.Entry<String, JsonNode> example = named.next();
            if (example.getValue().has("value")) {
                examples.put(example.getKey(), example.getValue().get("value"));
            }
        }
        if (mediaType.has("example")) {
            examples.put("example", mediaType.get("example"));
        }
        JsonNode schema = mediaType.path("schema");
        if (schema.has("example")) {
            examples.put("the schema's example", schema.get("example"));
        }
        int index = 0;
        for (JsonNode example : schema.path("examples")) {
            examples.put("the schema's example " + ++index, example);
        }
        return examples;
    }

    /** What in {@code example} breaks {@code schema} (read as the class comment says); empty when nothing does. */
    static Set<String> problemsOf(JsonNode document, JsonNode schema, JsonNode example) {
        ObjectNode root = (ObjectNode) strict(schema);
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", strict(document.path("components").path("schemas")));
        Set<String> problems = new TreeSet<>();
        for (ValidationMessage message : SCHEMAS.getSchema(root, ASSERTING_FORMATS).validate(example)) {
            // a value that breaks an optional property's schema also fails its "or null": say only the first
            if (!message.getMessage().endsWith("found, null expected")) {
                problems.add(message.getMessage());
            }
        }
        return problems;
    }

    /**
     * A copy of a schema (or of a map of schemas) with its {@code $ref}s to the components pointing at {@code $defs},
     * every object with named properties closed to others, and every property not required allowed to be null.
     */
    private static JsonNode strict(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(strict(item)));
            return copy;
        }
        if (!node.isObject()) {
            return node.isMissingNode() ? JSON.createObjectNode() : node.deepCopy();
        }
        ObjectNode copy = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals("$ref") && value.asText().startsWith(COMPONENT_SCHEMAS)) {
                copy.put(key, DEFINITIONS + value.asText().substring(COMPONENT_SCHEMAS.length()));
            } else if (DATA.contains(key)) {
                copy.set(key, value.deepCopy());
            } else if (key.equals("properties") && value.isObject()) {
                Set<String> required = new TreeSet<>();
                node.path("required").forEach(property -> required.add(property.asText()));
                ObjectNode properties = JSON.createObjectNode();
                for (Iterator<Map.Entry<String, JsonNode>> each = value.fields(); each.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = each.next();
                    JsonNode schema = strict(property.getValue());
                    if (!required.contains(property.getKey())) {
                        ObjectNode orNull = JSON.createObjectNode();
                        orNull.putArray("anyOf").add(JSON.createObjectNode().put("type", "null")).add(schema);
                        schema = orNull;
                    }
                    properties.set(property.getKey(), schema);
                }
                copy.set(key, properties);
            } else {
                copy.set(key, strict(value));
            }
        }
        if (node.has("properties") && !node.has("additionalProperties")) {
            copy.put("additionalProperties", false);
        }
        return copy;
    }

    /** A missing or empty schema, or an array of such: nothing a generated client can type. */
    private static boolean untyped(JsonNode document, JsonNode schema) {
        if (schema.isMissingNode() || schema.isNull() || schema.isEmpty()) {
            return true;
        }
        if (schema.has("$ref")) {
            return document.at(schema.get("$ref").asText().substring(1)).isMissingNode();
        }
        if (schema.has("items")) {
            return untyped(document, schema.get("items"));
        }
        return !(schema.has("type") || schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")
                || schema.has("enum") || schema.has("properties"));
    }

    private static boolean refersTo(JsonNode document, JsonNode schema, String ref) {
        return schema.path("$ref").asText().equals(ref);
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static boolean takesIfMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("header")
                    && parameter.path("name").asText().equalsIgnoreCase("If-Match")) {
                return true;
            }
        }
        return false;
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
