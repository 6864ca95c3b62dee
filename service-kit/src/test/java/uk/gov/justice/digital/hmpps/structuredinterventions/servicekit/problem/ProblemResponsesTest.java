package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ProblemResponsesTest {

    private static RequestSpecification as(String... roles) {
        return given().auth().oauth2(LocalTokens.token("A_USER", List.of(roles)));
    }

    private static RequestSpecification admin() {
        return as(Roles.CATALOGUE_ADMIN).contentType(ContentType.JSON);
    }

    @Nested
    class A_request_body_that_cannot_be_read {

        @Test
        void malformed_json_is_a_400_naming_the_field_being_read() {
            admin().body("{\"name\": \"x\", \"colour\": }").post("/examples")
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("status", org.hamcrest.Matchers.is(400))
                    .body("errors[0].field", org.hamcrest.Matchers.is("colour"))
                    .body("errors[0].message", startsWith("is not valid JSON"));
        }

        @Test
        void a_wrong_type_is_a_400_naming_the_field_and_the_expected_type() {
            admin().body("{\"name\": \"x\", \"colour\": \"RED\", \"count\": \"many\"}").post("/examples")
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", org.hamcrest.Matchers.is("count"))
                    .body("errors[0].message", startsWith("must be a whole number"));
        }

        @Test
        void an_unknown_enum_value_is_a_400_listing_the_allowed_values() {
            admin().body("{\"name\": \"x\", \"colour\": \"BLUE\"}").post("/examples")
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", org.hamcrest.Matchers.is("colour"))
                    .body("errors[0].message", startsWith("must be one of: RED, GREEN"))
                    .body("userMessage", containsString("colour"));
        }

        @Test
        void a_bad_date_inside_a_nested_list_is_named_by_its_path() {
            admin().body("{\"name\": \"x\", \"colour\": \"RED\", \"due\": \"31/01/2026\"}").post("/examples")
                    .then().statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.is("due"))
                    .body("errors[0].message", startsWith("must be a date in the form yyyy-MM-dd"));
        }
    }

    @Nested
    class Bean_validation {

        @Test
        void every_broken_rule_is_listed_with_its_field() {
            admin().body("{\"name\": \"\", \"count\": 0, \"sessions\": [{\"title\": \"ok\"}, {\"title\": \" \"}]}")
                    .post("/examples")
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors.field", hasItem("name"))
                    .body("errors.field", hasItem("colour"))
                    .body("errors.field", hasItem("count"))
                    .body("errors.field", hasItem("sessions[1].title"))
                    .body("userMessage", org.hamcrest.Matchers.is("4 fields are not valid"));
        }

        @Test
        void a_missing_body_is_a_400() {
            admin().post("/examples").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        }

        @Test
        void a_query_parameter_out_of_range_is_named() {
            as(Roles.READ_ONLY).queryParam("size", 1000).get("/examples/search")
                    .then().statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.is("size"));
        }
    }

    @Nested
    class Http_errors {

        @Test
        void an_unknown_path_is_a_404_problem() {
            as(Roles.READ_ONLY).get("/nothing-here").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                    .body("type", org.hamcrest.Matchers.is("urn:hmpps:structured-interventions:problem:not-found"));
        }

        @Test
        void an_unsupported_method_is_a_405_problem() {
            as(Roles.CATALOGUE_ADMIN).delete("/examples/one").then().statusCode(405).contentType(Problem.MEDIA_TYPE);
        }

        @Test
        void an_unsupported_content_type_is_a_415_problem() {
            as(Roles.CATALOGUE_ADMIN).contentType(ContentType.XML).body("<example/>").post("/examples")
                    .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
        }

        @Test
        void a_problem_raised_by_a_service_keeps_its_status_and_message() {
            as(Roles.READ_ONLY).get("/examples/conflict").then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                    .body("userMessage", org.hamcrest.Matchers.is("That example is being changed"));
            as(Roles.READ_ONLY).get("/examples/missing").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                    .body("userMessage", org.hamcrest.Matchers.is("Example was not found"));
        }

        @Test
        void an_unexpected_failure_is_a_500_problem_that_reveals_nothing_inside() {
            as(Roles.READ_ONLY).get("/examples/boom").then().statusCode(500).contentType(Problem.MEDIA_TYPE)
                    .body("userMessage", containsString("Quote error"))
                    .body(not(containsString("secret")))
                    .body(not(containsString("IllegalStateException")))
                    .body("developerMessage", org.hamcrest.Matchers.nullValue())
                    .body("userMessage", org.hamcrest.Matchers.matchesPattern(
                            "Something went wrong on our side\\. Quote error [0-9a-f-]{36} if you report it\\."));
        }
    }

    @Nested
    class Security {

        @Test
        void no_token_is_a_401_problem_asking_for_a_bearer_token() {
            given().get("/examples/one").then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                    .header("WWW-Authenticate", "Bearer");
        }

        @Test
        void a_token_signed_by_another_key_is_a_401_problem() {
            given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/examples/one")
                    .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        }

        @Test
        void a_token_without_the_role_is_a_403_problem() {
            as("ROLE_SOMETHING_ELSE").get("/examples/one").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        }

        @Test
        void the_user_name_comes_from_the_token() {
            as(Roles.READ_ONLY).get("/examples/me").then().statusCode(200).body(containsString("A_USER"));
        }
    }
}
