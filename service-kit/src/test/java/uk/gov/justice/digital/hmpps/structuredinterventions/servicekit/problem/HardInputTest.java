package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class HardInputTest {

    private static RequestSpecification admin() {
        return given().auth().oauth2(LocalTokens.token("A_USER", List.of(Roles.CATALOGUE_ADMIN)))
                .contentType(ContentType.JSON);
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(LocalTokens.token("A_USER", List.of(Roles.READ_ONLY)));
    }

    @Nested
    class Json_is_read_as_it_is_typed {

        @ParameterizedTest(name = "{0}: {1} -> {2}")
        @CsvSource(delimiter = '|', value = {
                "name    | 123        | must be a string",
                "name    | true       | must be a string",
                "count   | 1.5        | must be a whole number",
                "count   | \"2\"      | must be a whole number",
                "count   | true       | must be a whole number",
                "count   | 2147483648 | must be a whole number within its range",
                "urgent  | 2          | must be true or false",
                "urgent  | \"true\"   | must be true or false",
                "due     | 20000      | must be a date in the form yyyy-MM-dd",
                "due     | \"\"       | must be a date in the form yyyy-MM-dd",
                "due     | \"2026-02-30\" | must be a date in the form yyyy-MM-dd",
                "due     | \"+99999-01-01\" | must be a date in the form yyyy-MM-dd",
                "due     | \"2026-02-28T00:00\" | must be a date in the form yyyy-MM-dd",
                "colour  | 0          | 'must be one of: RED, GREEN'",
                "sessions | \"one\"   | must be a list"})
        void a_value_of_another_type_is_a_400_naming_the_field_and_the_type_it_expects(String field, String json,
                String message) {
            String body = "{\"name\": \"x\", \"colour\": \"RED\", \"" + field + "\": " + json + "}";
            admin().body(body).post("/examples")
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", is(field))
                    .body("errors[0].message", is(message));
        }

        @Test
        void the_values_themselves_are_accepted() {
            admin().body("{\"name\": \"x\", \"colour\": \"RED\", \"count\": 2, \"urgent\": true, \"due\": \"2026-02-28\","
                            + " \"notes\": \"line one\\nline two\\tindented\"}")
                    .post("/examples")
                    .then().statusCode(200)
                    .body("due", is("2026-02-28"))
                    .body("notes", is("line one\nline two\tindented"));
        }

        @Test
        void an_error_names_the_rule_and_never_repeats_the_value() {
            admin().body("{\"name\": \"x\", \"colour\": \"Z713583\"}").post("/examples")
                    .then().statusCode(400)
                    .body(not(containsString("Z713583")));
            admin().body("{\"name\": \"x\", \"colour\": \"RED\", \"due\": \"Z713583\"}").post("/examples")
                    .then().statusCode(400)
                    .body(not(containsString("Z713583")));
            admin().body("{\"name\": \"x\", \"colour\": Z713583}").post("/examples")
                    .then().statusCode(400)
                    .body("errors[0].field", is("colour"))
                    .body(not(containsString("Z713583")));
        }
    }

    @Nested
    class Control_characters {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\ud800"})
        void a_control_character_in_a_body_string_is_a_400_naming_the_field(String escape) {
            admin().body("{\"name\": \"x\", \"colour\": \"RED\", \"sessions\": [{\"title\": \"a" + escape + "b\"}]}")
                    .post("/examples")
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", is("sessions[0].title"))
                    .body("errors[0].message", is("must not contain control characters other than tab and line breaks"));
        }

        @Test
        void a_control_character_in_a_query_value_is_a_400_naming_the_parameter() {
            reader().urlEncodingEnabled(false).get("/examples/search?size=1&q=a%00b")
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", is("q"))
                    .body("errors[0].message", is("must not contain control characters"));
            reader().urlEncodingEnabled(false).get("/examples/search?size=1&q=a%0Ab")
                    .then().statusCode(400)
                    .body("errors[0].field", is("q"));
        }

        @Test
        void a_control_character_in_a_path_segment_is_a_400_naming_the_parameter() {
            reader().urlEncodingEnabled(false).get("/examples/a%00b")
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", is("id"))
                    .body("errors[0].message", is("must not contain control characters"));
        }
    }

    @Nested
    class What_the_http_layer_refuses {

        @Test
        void a_path_and_query_over_8_kib_is_a_414_problem() {
            reader().queryParam("q", "a".repeat(10_000)).get("/examples/search")
                    .then().statusCode(414)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", is("urn:hmpps:structured-interventions:problem:uri-too-long"))
                    .body("status", is(414))
                    .body("instance", is("/examples/search"))
                    .header("X-Content-Type-Options", "nosniff");
            reader().get("/examples/" + "b".repeat(10_000))
                    .then().statusCode(414)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("instance", nullValue());
        }

        @Test
        void headers_over_20_kib_are_a_431_problem() {
            reader().header("X-Padding", "p".repeat(25_000)).get("/examples/search")
                    .then().statusCode(431)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", is("urn:hmpps:structured-interventions:problem:headers-too-large"));
        }

        @Test
        void a_body_over_1_mib_is_a_413_problem() {
            admin().body("{\"name\": \"" + "n".repeat(1_100_000) + "\"}").post("/examples")
                    .then().statusCode(413)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", is("urn:hmpps:structured-interventions:problem:content-too-large"));
        }
    }

    @Nested
    class Security_headers {

        @Test
        void every_answer_carries_them_and_is_not_stored() {
            for (var response : List.of(
                    reader().get("/examples/search?size=1"),
                    reader().get("/examples/missing"),
                    given().get("/examples/missing"),
                    reader().get("/nothing-here"))) {
                response.then()
                        .header("X-Content-Type-Options", "nosniff")
                        .header("X-Frame-Options", "DENY")
                        .header("Content-Security-Policy", "frame-ancestors 'none'")
                        .header("Referrer-Policy", "no-referrer")
                        .header("Cache-Control", "no-store");
            }
        }

        @Test
        void the_openapi_document_may_be_cached_and_health_decides_for_itself() {
            given().get("/q/openapi").then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", not(containsString("no-store")));
            given().get("/q/health/live").then()
                    .header("X-Content-Type-Options", "nosniff");
        }
    }
}
