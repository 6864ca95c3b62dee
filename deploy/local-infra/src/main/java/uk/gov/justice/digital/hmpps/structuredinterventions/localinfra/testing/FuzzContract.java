package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;

/**
 * Walks the service's own OpenAPI document and sends every operation malformed, boundary and hostile values, one
 * parameter or body field at a time, with a token of a role the operation allows: values of the wrong JSON type,
 * nulls, control characters, 10 000-character strings, impossible dates, malformed UUIDs and CRNs, unknown enum
 * values, numbers out of range, huge page sizes, and bodies that are not JSON objects at all. Every answer must be:
 * <ul>
 *   <li>never a 5xx;</li>
 *   <li>every 4xx {@code application/problem+json}, never repeating a value that was sent in a body or query;</li>
 *   <li>never a 2xx for a value that breaks the documented schema (its type, enum, pattern, length, range or format)
 *       or holds a control character;</li>
 *   <li>nothing half-written: a write answered with a 4xx leaves every table of the service as it was.</li>
 * </ul>
 * Every other parameter and field holds a plausible value (the document's examples), so that each hostile value is
 * what the service has to deal with. Path identifiers are made up and {@code If-Match} names no version, so writes to
 * existing resources stop at a 404 or 412 and never change the data other tests rely on. New endpoints are covered the moment they appear in the document. Extend it
 * in a {@code @QuarkusTest} of each service.
 */
public abstract class FuzzContract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String LONG = "x".repeat(10_000);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MOST_FAILURES_SHOWN = 15;

    /** Paths outside the walk (health, metrics and OpenAPI are not in the document; add any others here). */
    protected Set<String> openPaths() {
        return Set.of();
    }

    /**
     * Tables the service writes on its own, whatever the requests (an inbox fed by events, say): they are left out of
     * the nothing-half-written check.
     */
    protected Set<String> tablesWrittenInTheBackground() {
        return Set.of();
    }

    /** A hostile value, and whether the documented schema refuses it (then no 2xx may answer it). */
    record Hostile(String label, JsonNode value, boolean refused) {
    }

    /** A parameter of an operation, resolved. */
    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** An operation of the document, resolved. */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode body, String role) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** One request to send: the operation with one value replaced. */
    private record Case(String what, Map<String, String> pathValues, Map<String, String> query,
            Map<String, String> headers, String body, boolean refused, List<String> notEchoed) {
    }

    private JsonNode document;

    @TestFactory
    Stream<DynamicTest> no_hostile_value_gets_a_5xx_a_bare_4xx_a_2xx_it_should_not_or_a_half_write() throws Exception {
        String text = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        document = JSON.readTree(text);
        List<Operation> operations = operations();
        assertFalse(operations.isEmpty(), "the OpenAPI document lists no operations: nothing would be checked");
        return operations.stream().map(operation -> DynamicTest.dynamicTest(
                operation + " survives hostile values", () -> walk(operation)));
    }

    private void walk(Operation operation) throws SQLException {
        boolean write = WRITES.contains(operation.method());
        if (!write) {
            walk(operation, null);
            return;
        }
        String url = InfrastructureTestResource.infrastructure().postgres().jdbcUrl(InfrastructureTestResource.DATABASE);
        try (Connection database = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
            walk(operation, database);
        }
    }

    private void walk(Operation operation, Connection database) throws SQLException {
        List<Case> cases = cases(operation);
        List<String> failures = new ArrayList<>();
        boolean write = database != null;
        String token = operation.role() == null ? null : RoleTokens.token(operation.role());
        String countRows = write ? countingQuery(database) : null;
        for (Case c : cases) {
            String before = write ? rowCounts(database, countRows) : null;
            Response response;
            try {
                response = send(operation, c, token);
            } catch (Exception e) {
                // The HTTP client itself refused to send it (an illegal URI, say): nothing reached the service.
                continue;
            }
            int status = response.statusCode();
            String answer = response.asString();
            String brief = c.what() + " answered " + status + ": " + abbreviate(answer);
            if (status >= 500) {
                failures.add(brief);
                continue;
            }
            if (status >= 400) {
                String contentType = response.contentType();
                if (contentType == null || !contentType.startsWith(PROBLEM_JSON)) {
                    failures.add(c.what() + " answered " + status + " as '" + contentType + "', not " + PROBLEM_JSON);
                }
                for (String value : c.notEchoed()) {
                    if (answer.contains(value)) {
                        failures.add(c.what() + " answered " + status + " repeating the value sent: " + abbreviate(answer));
                    }
                }
                if (write) {
                    String after = rowCounts(database, countRows);
                    if (!after.equals(before)) {
                        failures.add(c.what() + " answered " + status + " but changed rows: " + before + " -> " + after);
                    }
                }
            } else if (status < 300 && c.refused()) {
                failures.add(c.what() + " breaks the documented schema but " + brief);
            }
        }
        assertTrue(failures.isEmpty(), () -> operation + ": " + failures.size() + " of " + cases.size()
                + " hostile requests were mishandled:\n  " + failures.stream().limit(MOST_FAILURES_SHOWN)
                        .collect(Collectors.joining("\n  ")));
    }

    // --- the cases ---------------------------------------------------------------------------------------------

    private List<Case> cases(Operation operation) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if ("path".equals(parameter.in())) {
                pathValues.put(parameter.name(), plainPathValue(parameter));
            } else if ("header".equals(parameter.in())) {
                // A version no resource has: a write that gets past its checks to a real resource (one named by an
                // enum, say) stops at 412 and changes nothing other tests rely on.
                headers.put(parameter.name(), "If-Match".equalsIgnoreCase(parameter.name())
                        ? "\"2147483647\"" : "x");
            }
        }
        JsonNode baseline = operation.body() == null ? null : example(operation.body(), 0);
        String baselineBody = baseline == null ? null : baseline.toString();
        List<Case> cases = new ArrayList<>();

        for (Parameter parameter : operation.parameters()) {
            for (Hostile hostile : hostileValues(parameter.schema(), false)) {
                if (hostile.value().isNull() || hostile.value().isContainerNode()) {
                    continue; // a parameter is text: absent, not null
                }
                String raw = hostile.value().asText();
                // A parameter is text: 20000 sent for a string parameter is the text "20000", not a number.
                // An empty or blank query value is no value, as a form sends it: the filter is not applied.
                boolean refused = !("query".equals(parameter.in()) && raw.isBlank())
                        && breaks(parameter.schema(), asParameterValue(parameter.schema(), raw), false);
                String what = operation + " with " + parameter.in() + " " + parameter.name() + " = " + hostile.label();
                switch (parameter.in()) {
                    case "path" -> {
                        if (raw.isEmpty()) {
                            continue; // an empty segment is another path, another operation
                        }
                        Map<String, String> values = new LinkedHashMap<>(pathValues);
                        values.put(parameter.name(), encode(raw));
                        cases.add(new Case(what, values, Map.of(), headers, baselineBody, refused, List.of()));
                    }
                    case "query" -> cases.add(new Case(what, pathValues, Map.of(parameter.name(), encode(raw)), headers,
                            baselineBody, refused, echoWatch(raw)));
                    case "header" -> {
                        if (raw.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f) || raw.length() > 1000) {
                            continue; // the HTTP client will not send it; Netty refuses it before any route
                        }
                        if (raw.isBlank() || "*".equals(raw)) {
                            continue; // no If-Match (or any version) lets a write through to a real resource
                        }
                        Map<String, String> values = new LinkedHashMap<>(headers);
                        values.put(parameter.name(), raw);
                        cases.add(new Case(what, pathValues, Map.of(), values, baselineBody, false, List.of()));
                    }
                    default -> {
                        // cookies: none documented
                    }
                }
            }
        }
        // Percent-encoding a path segment cannot be broken by encoding a value: send a few raw ones too.
        for (Parameter parameter : operation.parameters()) {
            if ("path".equals(parameter.in())) {
                for (String raw : List.of("%00", "%0A", "..", "%2e%2e", "a%2Fb", "%C0%AF", "%FF")) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(parameter.name(), raw);
                    cases.add(new Case(operation + " with path " + parameter.name() + " = raw '" + raw + "'", values,
                            Map.of(), headers, baselineBody, false, List.of()));
                }
            }
        }
        // A huge page: a list must refuse it, or answer a page of the most it allows.
        for (Parameter parameter : operation.parameters()) {
            if ("query".equals(parameter.in()) && "size".equals(parameter.name())) {
                cases.add(new Case(operation + " with query size = 1000000", pathValues, Map.of("size", "1000000"),
                        headers, baselineBody, breaks(parameter.schema(), NODES.numberNode(1_000_000), false), List.of()));
            }
        }

        if (baseline != null) {
            for (Map.Entry<String, JsonNode> field : fields(operation.body(), baseline, "")) {
                JsonNode fieldSchema = field.getValue();
                boolean required = requiredAt(operation.body(), field.getKey());
                for (Hostile hostile : hostileValues(fieldSchema, required)) {
                    JsonNode body = replaced(baseline, field.getKey(), hostile.value());
                    boolean refused = hostile.refused() || breaks(fieldSchema, hostile.value(), required);
                    cases.add(new Case(operation + " with body " + field.getKey() + " = " + hostile.label(), pathValues,
                            Map.of(), headers, body.toString(), refused, hostile.value().isTextual()
                                    ? echoWatch(hostile.value().asText()) : List.of()));
                }
            }
            for (String whole : List.of("", "null", "[]", "\"text\"", "42", "{", "{\"a\": }", "<xml/>",
                    "[".repeat(5_000), "{\"a\":" .repeat(3_000))) {
                cases.add(new Case(operation + " with the whole body " + abbreviate(whole), pathValues, Map.of(),
                        headers, whole, !"".equals(whole) || requestBodyRequired(operation), List.of()));
            }
        }
        return cases;
    }

    /** Values a parameter or field of {@code schema} should be refused or survive. */
    private List<Hostile> hostileValues(JsonNode schema, boolean required) {
        List<Hostile> values = new ArrayList<>();
        String type = type(schema);
        String format = schema.path("format").asText("");
        values.add(new Hostile("null", NODES.nullNode(), required));
        switch (type) {
            case "string" -> {
                values.add(new Hostile("a number", NODES.numberNode(20000), true));
                values.add(new Hostile("true", NODES.booleanNode(true), true));
                values.add(new Hostile("an object", NODES.objectNode(), true));
                values.add(new Hostile("a list", NODES.arrayNode().add("x"), true));
                values.add(new Hostile("text with NUL", NODES.textNode("a\u0000b"), true));
                values.add(new Hostile("text with ESC", NODES.textNode("\u001b[31mred"), true));
                values.add(new Hostile("text with DEL", NODES.textNode("a\u007fb"), true));
                values.add(new Hostile("a 10 000-character string", NODES.textNode(LONG), false));
                values.add(new Hostile("blank text", NODES.textNode("   "), false));
                values.add(new Hostile("empty text", NODES.textNode(""), false));
                values.add(new Hostile("text with a quote and a tag", NODES.textNode("'\"<script>alert(1)</script>"),
                        false));
                switch (format) {
                    case "date" -> {
                        values.add(new Hostile("an impossible date", NODES.textNode("2026-02-30"), true));
                        values.add(new Hostile("a month 13", NODES.textNode("2026-13-01"), true));
                        values.add(new Hostile("a date in another form", NODES.textNode("31/01/2026"), true));
                        values.add(new Hostile("year 99999", NODES.textNode("+99999-01-01"), true));
                    }
                    case "date-time" -> {
                        values.add(new Hostile("not a date and time", NODES.textNode("yesterday"), true));
                        values.add(new Hostile("hour 25", NODES.textNode("2026-01-01T25:00:00Z"), true));
                    }
                    case "uuid" -> {
                        values.add(new Hostile("not a UUID", NODES.textNode("not-a-uuid"), true));
                        values.add(new Hostile("a UUID with a letter past f",
                                NODES.textNode("00000000-0000-0000-0000-00000000000g"), true));
                    }
                    default -> {
                        // no format
                    }
                }
                if (schema.has("enum")) {
                    values.add(new Hostile("an unknown enum value", NODES.textNode("NOT_A_VALUE"), true));
                }
                if (schema.path("pattern").asText("").contains("[A-Z][0-9]{6}")) {
                    values.add(new Hostile("a CRN in lower case", NODES.textNode("x123456"), true));
                    values.add(new Hostile("a CRN one digit short", NODES.textNode("X12345"), true));
                    values.add(new Hostile("a CRN with a trailing line break", NODES.textNode("X123456\n"), true));
                }
            }
            case "integer", "number" -> {
                values.add(new Hostile("a numeric string", NODES.textNode("1"), true));
                values.add(new Hostile("text", NODES.textNode("many"), true));
                values.add(new Hostile("true", NODES.booleanNode(true), true));
                values.add(new Hostile("an object", NODES.objectNode(), true));
                if ("integer".equals(type)) {
                    values.add(new Hostile("a fraction", NODES.numberNode(1.5), true));
                    values.add(new Hostile("2^31", NODES.numberNode(2_147_483_648L), false));
                    values.add(new Hostile("-2^63 - 1", NODES.numberNode(new java.math.BigInteger("-9223372036854775809")),
                            false));
                }
                values.add(new Hostile("1e308", NODES.numberNode(1e308), false));
                values.add(new Hostile("-1", NODES.numberNode(-1), false));
                values.add(new Hostile("0", NODES.numberNode(0), false));
                if (schema.has("maximum")) {
                    values.add(new Hostile("its maximum + 1",
                            NODES.numberNode(schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)), true));
                }
                if (schema.has("minimum")) {
                    values.add(new Hostile("its minimum - 1",
                            NODES.numberNode(schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)),
                            true));
                }
            }
            case "boolean" -> {
                values.add(new Hostile("2", NODES.numberNode(2), true));
                values.add(new Hostile("0", NODES.numberNode(0), true));
                values.add(new Hostile("the string true", NODES.textNode("true"), true));
                values.add(new Hostile("yes", NODES.textNode("yes"), true));
            }
            case "array" -> {
                values.add(new Hostile("a string", NODES.textNode("x"), true));
                values.add(new Hostile("an object", NODES.objectNode(), true));
                values.add(new Hostile("a number", NODES.numberNode(1), true));
                values.add(new Hostile("a list holding null", NODES.arrayNode().addNull(), false));
                JsonNode items = resolve(schema.path("items"));
                String itemType = type(items);
                ArrayNode wrongItem = NODES.arrayNode();
                if ("string".equals(itemType)) {
                    wrongItem.add(12);
                } else {
                    wrongItem.add("x");
                }
                values.add(new Hostile("a list of the wrong type", wrongItem, !itemType.isEmpty()));
                ArrayNode many = NODES.arrayNode();
                JsonNode item = example(items, 1);
                for (int i = 0; i < 1_000; i++) {
                    many.add(item == null ? NODES.textNode("x") : item);
                }
                values.add(new Hostile("a list of 1000", many, false));
            }
            case "object" -> {
                values.add(new Hostile("a string", NODES.textNode("x"), true));
                values.add(new Hostile("a list", NODES.arrayNode(), true));
                values.add(new Hostile("a number", NODES.numberNode(1), true));
                values.add(new Hostile("true", NODES.booleanNode(true), true));
            }
            default -> {
                values.add(new Hostile("a 10 000-character string", NODES.textNode(LONG), false));
                values.add(new Hostile("text with NUL", NODES.textNode("a\u0000b"), true));
            }
        }
        return values;
    }

    /** Whether {@code value} breaks {@code schema} (as far as the schema says): type, enum, pattern, length, range, format. */
    private boolean breaks(JsonNode schema, JsonNode value, boolean required) {
        if (value == null || value.isNull()) {
            return required && !nullable(schema);
        }
        String type = type(schema);
        switch (type) {
            case "string" -> {
                if (!value.isTextual()) {
                    return true;
                }
                String text = value.asText();
                if (text.chars().anyMatch(ch -> (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')
                        || (ch >= 0x7f && ch <= 0x9f))) {
                    return true;
                }
                if (schema.has("maxLength") && text.codePointCount(0, text.length()) > schema.get("maxLength").asInt()) {
                    return true;
                }
                if (schema.has("minLength") && text.codePointCount(0, text.length()) < schema.get("minLength").asInt()) {
                    return true;
                }
                if (schema.has("enum") && !contains(schema.get("enum"), text)) {
                    return true;
                }
                if (schema.has("pattern") && !matches(schema.get("pattern").asText(), text)) {
                    return true;
                }
                return !formatted(schema.path("format").asText(""), text);
            }
            case "integer", "number" -> {
                if (!value.isNumber() || ("integer".equals(type) && !value.isIntegralNumber())) {
                    return true;
                }
                if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                    return true;
                }
                return schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0;
            }
            case "boolean" -> {
                return !value.isBoolean();
            }
            case "array" -> {
                if (!value.isArray()) {
                    return true;
                }
                if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()
                        || schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                    return true;
                }
                JsonNode items = resolve(schema.path("items"));
                for (JsonNode item : value) {
                    if (item.isNull() || breaks(items, item, false)) {
                        return true;
                    }
                }
                return false;
            }
            case "object" -> {
                return !value.isObject();
            }
            default -> {
                return false;
            }
        }
    }

    /** A query or path value as the JSON value it stands for, so that {@link #breaks} can judge it. */
    private JsonNode asParameterValue(JsonNode schema, String raw) {
        String type = type(schema);
        try {
            return switch (type) {
                case "integer" -> raw.matches("-?[0-9]+") ? NODES.numberNode(new java.math.BigInteger(raw))
                        : NODES.textNode(raw);
                case "number" -> NODES.numberNode(new java.math.BigDecimal(raw));
                case "boolean" -> "true".equals(raw) || "false".equals(raw) ? NODES.booleanNode(Boolean.parseBoolean(raw))
                        : NODES.textNode(raw);
                default -> NODES.textNode(raw);
            };
        } catch (NumberFormatException e) {
            return NODES.textNode(raw);
        }
    }

    private static boolean formatted(String format, String text) {
        try {
            switch (format) {
                case "date" -> {
                    if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                        return false; // RFC 3339's full-date: no signed or five-digit years
                    }
                    LocalDate.parse(text);
                }
                case "date-time" -> OffsetDateTime.parse(text);
                case "uuid" -> {
                    if (!text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                        return false;
                    }
                }
                default -> {
                    // no format, or one the walk does not judge
                }
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    private static boolean contains(JsonNode values, String text) {
        for (JsonNode value : values) {
            if (value.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** Values long and particular enough that finding them in an answer means the answer repeats them. */
    private static List<String> echoWatch(String value) {
        return value.length() >= 8 && !value.isBlank() ? List.of(value) : List.of();
    }

    // --- plausible values ----------------------------------------------------------------------------------------

    private String plainPathValue(Parameter parameter) {
        JsonNode schema = parameter.schema();
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).asText();
        }
        if ("integer".equals(type(schema))) {
            return "1";
        }
        if (parameter.name().toLowerCase().contains("crn")) {
            return Crns.random();
        }
        return "not-a-known-code";
    }

    /** A plausible value for {@code schema}: its example, or one made from its type. CRNs are made up afresh. */
    private JsonNode example(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > 6) {
            return null;
        }
        JsonNode example = resolved.has("examples") && resolved.get("examples").isArray() && !resolved.get("examples").isEmpty()
                ? resolved.get("examples").get(0) : resolved.get("example");
        String type = type(resolved);
        if ("object".equals(type) || resolved.has("properties")) {
            if (example != null && example.isObject() && !resolved.has("properties")) {
                return freshCrns(example.deepCopy());
            }
            ObjectNode object = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
                    properties.hasNext(); ) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode value = example(property.getValue(), depth + 1);
                if (value != null) {
                    object.set(property.getKey(), value);
                }
            }
            return object;
        }
        if (example != null) {
            return freshCrns(example.deepCopy());
        }
        return switch (type) {
            case "string" -> {
                if (resolved.has("enum") && !resolved.get("enum").isEmpty()) {
                    yield resolved.get("enum").get(0);
                }
                yield switch (resolved.path("format").asText("")) {
                    case "date" -> NODES.textNode(LocalDate.now().minusDays(1).toString());
                    case "date-time" -> NODES.textNode(OffsetDateTime.now().minusHours(1).withNano(0).toString());
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    default -> NODES.textNode(resolved.path("pattern").asText("").contains("[A-Z][0-9]{6}")
                            ? Crns.random() : "text");
                };
            }
            case "integer" -> NODES.numberNode(resolved.has("minimum") ? resolved.get("minimum").asLong() : 1);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                JsonNode item = example(resolved.path("items"), depth + 1);
                if (item != null && resolved.path("minItems").asInt(0) > 0) {
                    array.add(item);
                }
                yield array;
            }
            default -> null;
        };
    }

    private static JsonNode freshCrns(JsonNode value) {
        if (value.isTextual() && value.asText().matches(Crns.PATTERN)) {
            return NODES.textNode(Crns.random());
        }
        if (value.isObject()) {
            ObjectNode object = (ObjectNode) value;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(name, freshCrns(object.get(name)));
            }
        } else if (value.isArray()) {
            ArrayNode array = (ArrayNode) value;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, freshCrns(array.get(i)));
            }
        }
        return value;
    }

    /**
     * The fields of a body to replace one at a time, by JSON path ({@code a.b}, {@code list[0].c}), with their schemas:
     * every property, and those of nested objects and of the first item of lists of objects.
     */
    private List<Map.Entry<String, JsonNode>> fields(JsonNode schema, JsonNode value, String prefix) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        JsonNode resolved = resolve(schema);
        for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
                properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String path = prefix + property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            fields.add(Map.entry(path, propertySchema));
            JsonNode propertyValue = value == null ? null : value.get(property.getKey());
            if (propertySchema.has("properties") && propertyValue != null && propertyValue.isObject()
                    && prefix.length() < 60) {
                fields.addAll(fields(propertySchema, propertyValue, path + "."));
            } else if ("array".equals(type(propertySchema)) && propertyValue != null && propertyValue.isArray()
                    && !propertyValue.isEmpty() && propertyValue.get(0).isObject()) {
                fields.addAll(fields(resolve(propertySchema.path("items")), propertyValue.get(0), path + "[0]."));
            }
        }
        return fields;
    }

    private boolean requiredAt(JsonNode bodySchema, String path) {
        JsonNode schema = resolve(bodySchema);
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean listItem = segment.endsWith("[0]");
            String name = listItem ? segment.substring(0, segment.length() - 3) : segment;
            if (i == segments.length - 1) {
                return contains(schema.path("required"), name);
            }
            JsonNode next = resolve(schema.path("properties").path(name));
            schema = listItem ? resolve(next.path("items")) : next;
        }
        return false;
    }

    private static JsonNode replaced(JsonNode baseline, String path, JsonNode value) {
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = copy;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length - 1; i++) {
            String segment = segments[i];
            if (segment.endsWith("[0]")) {
                parent = parent.get(segment.substring(0, segment.length() - 3)).get(0);
            } else {
                parent = parent.get(segment);
            }
        }
        ((ObjectNode) parent).set(segments[segments.length - 1], value);
        return copy;
    }

    // --- the document --------------------------------------------------------------------------------------------

    private List<Operation> operations() {
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
                List<JsonNode> declared = new ArrayList<>();
                path.getValue().path("parameters").forEach(declared::add);
                method.getValue().path("parameters").forEach(declared::add);
                List<Parameter> resolvedParameters = new ArrayList<>();
                for (JsonNode parameter : declared) {
                    JsonNode resolved = parameter.has("$ref")
                            ? parameters.path(parameter.get("$ref").asText().replaceFirst("^#/components/parameters/", ""))
                            : parameter;
                    resolvedParameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                            resolve(resolved.path("schema")), resolved.path("required").asBoolean(false)));
                }
                JsonNode body = method.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                String role = null;
                for (JsonNode requirement : method.getValue().path("security")) {
                    for (JsonNode roles : requirement) {
                        if (role == null && roles.isArray() && !roles.isEmpty()) {
                            role = roles.get(0).asText();
                        }
                    }
                }
                operations.add(new Operation(method.getKey(), path.getKey(), resolvedParameters,
                        body.isMissingNode() ? null : body, role));
            }
        }
        return operations;
    }

    private boolean requestBodyRequired(Operation operation) {
        return operation.body() != null;
    }

    /** The schema a {@code $ref} names, with the referring schema's own keywords over it. */
    private JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return NODES.objectNode();
        }
        if (!schema.has("$ref")) {
            return schema;
        }
        String name = schema.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
        ObjectNode merged = resolve(document.path("components").path("schemas").path(name)).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> keywords = schema.fields(); keywords.hasNext(); ) {
            Map.Entry<String, JsonNode> keyword = keywords.next();
            if (!"$ref".equals(keyword.getKey())) {
                merged.set(keyword.getKey(), keyword.getValue());
            }
        }
        return merged;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!"null".equals(option.asText())) {
                    return option.asText();
                }
            }
            return "";
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asText("");
    }

    private static boolean nullable(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if ("null".equals(option.asText())) {
                    return true;
                }
            }
        }
        return schema.path("nullable").asBoolean(false);
    }

    // --- sending and observing -----------------------------------------------------------------------------------

    private Response send(Operation operation, Case c, String token) {
        String path = operation.path();
        for (Map.Entry<String, String> value : c.pathValues().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (!c.query().isEmpty()) {
            path = path + "?" + c.query().entrySet().stream().map(q -> q.getKey() + "=" + q.getValue())
                    .collect(Collectors.joining("&"));
        }
        RequestSpecification request = given().urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 30_000)));
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        for (Map.Entry<String, String> header : c.headers().entrySet()) {
            request = request.header(header.getKey(), header.getValue());
        }
        if (c.body() != null) {
            request = request.contentType("application/json").body(c.body().getBytes(StandardCharsets.UTF_8));
        }
        return request.request(operation.method().toUpperCase(), path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query answering the number of rows in each of the service's tables, as one line of text. */
    private String countingQuery(Connection database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = database.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_schema || '.' || table_name"
                        + " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                        + " AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            while (rows.next()) {
                String table = rows.getString(1);
                String name = table.substring(table.indexOf('.') + 1);
                if (!name.startsWith("flyway_schema_history") && !"inbox_event".equals(name)
                        && !tablesWrittenInTheBackground().contains(name)) {
                    tables.add(table);
                }
            }
        }
        if (tables.isEmpty()) {
            return "SELECT ''";
        }
        return "SELECT " + tables.stream()
                .map(table -> "'" + table + "=' || (SELECT count(*) FROM " + table + ")")
                .collect(Collectors.joining(" || ' ' || "));
    }

    private static String rowCounts(Connection database, String query) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
