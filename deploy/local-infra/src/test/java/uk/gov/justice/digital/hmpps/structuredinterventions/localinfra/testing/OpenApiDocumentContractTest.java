package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenApiDocumentContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String COMPONENTS = """
            "components": {
              "schemas": {"Problem": {"type": "object"}, "Thing": {"type": "object"}},
              "headers": {"ETag": {"schema": {"type": "string"}}, "Location": {"schema": {"type": "string"}}},
              "responses": {
                "BadRequest": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                "NotFound": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                "Unauthorized": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                "Forbidden": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
              }
            }""";

    private static final String ERRORS = """
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}""";

    private static JsonNode document(String paths) throws Exception {
        return JSON.readTree("{\"paths\": {" + paths + "}, " + COMPONENTS + "}");
    }

    @Test
    void a_document_that_types_every_answer_and_names_every_operation_falls_short_in_nothing() throws Exception {
        JsonNode document = document("""
                "/things": {"post": {"operationId": "makeThing", "summary": "Make a thing", "tags": ["Things"],
                  "requestBody": {"content": {"application/json": {"example": {}}}},
                  "responses": {"201": {"headers": {"Location": {"$ref": "#/components/headers/Location"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}, %s}}},
                "/things/{id}": {
                  "get": {"operationId": "getThing", "summary": "Get a thing", "tags": ["Things"],
                    "responses": {"200": {"headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}, %s}},
                  "delete": {"operationId": "dropThing", "summary": "Drop a thing", "tags": ["Things"],
                    "parameters": [{"in": "header", "name": "If-Match"}],
                    "responses": {"204": {"description": "Gone"}, %s}}}
                """.formatted(ERRORS, ERRORS, ERRORS));

        assertThat(OpenApiDocumentContract.shortcomingsOf(document)).isEmpty();
    }

    @Test
    void every_untyped_answer_unnamed_operation_and_bare_error_is_listed_with_its_operation() throws Exception {
        JsonNode document = document("""
                "/things": {
                  "get": {"summary": "Find things",
                    "responses": {"200": {"content": {"application/json": {"schema": {"type": "array", "items": {}}}}},
                      "401": {"description": "Not Authorized"}, "403": {"description": "Not Allowed"}}},
                  "post": {"operationId": "makeThing", "summary": "Make a thing", "tags": ["Things"],
                    "responses": {"201": {"description": "Made"}, %s}}},
                "/things/{id}": {
                  "get": {"operationId": "makeThing", "summary": "Get a thing", "tags": ["Things"],
                    "responses": {"200": {"content": {"application/json": {"schema": {}}}}, %s}},
                  "put": {"operationId": "changeThing", "summary": "Change a thing", "tags": ["Things"],
                    "parameters": [{"in": "header", "name": "If-Match"}],
                    "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                      "409": {"content": {"application/json": {"schema": {"type": "object"}}}}, %s}}}
                """.formatted(ERRORS, ERRORS, ERRORS));

        assertThat(OpenApiDocumentContract.shortcomingsOf(document)).containsExactlyInAnyOrder(
                "GET /things has no operationId (the method name of a generated client)",
                "GET /things has no tag",
                "GET /things answers 200 application/json with an empty schema: type it (RestResponse<T>, or "
                        + "@APIResponse content)",
                "GET /things answers 401 without the Problem schema as application/problem+json",
                "GET /things answers 403 without the Problem schema as application/problem+json",
                "POST /things answers 201 with no content: type it (RestResponse<T>, or @APIResponse content)",
                "POST /things answers 201 without documenting its Location header",
                "GET /things/{id} has the operationId makeThing of POST /things",
                "GET /things/{id} answers 200 application/json with an empty schema: type it (RestResponse<T>, or "
                        + "@APIResponse content)",
                "GET /things/{id} answers 200 without documenting the ETag header that If-Match sends back",
                "PUT /things/{id} answers 200 without documenting the ETag header that If-Match sends back",
                "PUT /things/{id} answers 409 without the Problem schema as application/problem+json");
    }
}
