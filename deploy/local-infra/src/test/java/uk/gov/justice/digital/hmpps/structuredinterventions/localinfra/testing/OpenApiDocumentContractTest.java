package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenApiDocumentContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String COMPONENTS = """
            "components": {
              "schemas": {"Problem": {"type": "object"}, "Thing": {"type": "object"},
                "Gadget": {"type": "object", "required": ["id"], "properties": {
                  "id": {"$ref": "#/components/schemas/UUID"}, "crn": {"type": "string", "pattern": "^[A-Z][0-9]{6}$"},
                  "madeOn": {"type": "string", "format": "date"},
                  "status": {"type": "string", "enum": ["DRAFT", "PUBLISHED"]}}},
                "UUID": {"type": "string", "format": "uuid"}},
              "headers": {"ETag": {"schema": {"type": "string"}}, "Location": {"schema": {"type": "string"}}},
              "responses": {
                "BadRequest": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                "NotFound": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                "Unauthorized": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                "Forbidden": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                "ServiceUnavailable": {"headers": {"Retry-After": {"schema": {"type": "integer"}}},
                  "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                "Unavailable": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
              }
            }""";

    private static final String ERRORS = """
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"},
            "503": {"$ref": "#/components/responses/ServiceUnavailable"}""";

    private static JsonNode document(String paths) throws Exception {
        return JSON.readTree("{\"paths\": {" + paths + "}, " + COMPONENTS + "}");
    }

    @Test
    void a_document_that_types_every_answer_and_names_every_operation_falls_short_in_nothing() throws Exception {
        JsonNode document = document("""
                "/things": {"post": {"operationId": "makeThing", "summary": "Make a thing", "tags": ["Things"],
                  "requestBody": {"content": {"application/json": {"example": {}}}},
                  "responses": {"201": {"headers": {"Location": {"$ref": "#/components/headers/Location"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"},
                      "example": {}}}}, %s}}},
                "/things/{id}": {
                  "get": {"operationId": "getThing", "summary": "Get a thing", "tags": ["Things"],
                    "responses": {"200": {"headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"},
                        "examples": {"A published gadget": {"value": {"id": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
                          "crn": "X123456", "madeOn": "2026-11-30", "status": "PUBLISHED"}},
                        "A draft with nothing known": {"value": {"id": "6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90",
                          "crn": null, "madeOn": null, "status": null}}}}}}, %s}},
                  "delete": {"operationId": "dropThing", "summary": "Drop a thing", "tags": ["Things"],
                    "parameters": [{"in": "header", "name": "If-Match"}],
                    "responses": {"204": {"description": "Gone"}, %s}}}
                """.formatted(ERRORS, ERRORS, ERRORS));

        assertThat(OpenApiDocumentContract.shortcomingsOf(document)).isEmpty();
    }

    @Test
    void a_success_answer_without_an_example_is_listed() throws Exception {
        JsonNode document = document("""
                "/things/{id}": {"get": {"operationId": "getThing", "summary": "Get a thing", "tags": ["Things"],
                  "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    %s}}}
                """.formatted(ERRORS));

        assertThat(OpenApiDocumentContract.shortcomingsOf(document)).containsExactly(
                "GET /things/{id} answers 200 application/json without an example (@APIResponse content with "
                        + "examples = @ExampleObject)");
    }

    @Test
    void an_example_its_schema_refuses_is_listed_with_what_breaks_it() throws Exception {
        JsonNode document = document("""
                "/things/{id}": {"get": {"operationId": "getThing", "summary": "Get a thing", "tags": ["Things"],
                  "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"},
                    "examples": {"Wrong": {"value": {"id": "not-a-uuid", "crn": "x12", "madeOn": "30/11/2026",
                      "status": "LIVE", "colour": "red"}}}}}}, %s}}}
                """.formatted(ERRORS));

        assertThat(OpenApiDocumentContract.shortcomingsOf(document)).singleElement().asString()
                .startsWith("GET /things/{id} answers 200 application/json has the example \"Wrong\", which its schema "
                        + "refuses: ")
                .contains("/id: does not match the uuid pattern", "/crn: does not match the regex pattern ^[A-Z][0-9]{6}$",
                        "/madeOn: does not match the date pattern", "/status: does not have a value in the enumeration",
                        "property 'colour' is not defined in the schema").doesNotContain("null expected");
    }

    @Test
    void an_example_missing_a_required_property_is_refused_and_an_optional_one_may_be_null() throws Exception {
        JsonNode document = document("\"/x\": {}");
        JsonNode schema = JSON.readTree("{\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/Gadget\"}}");

        assertThat(OpenApiDocumentContract.problemsOf(document, schema, JSON.readTree("[{\"crn\": null}]")))
                .singleElement().asString().contains("id");
        assertThat(OpenApiDocumentContract.problemsOf(document, schema, JSON.readTree(
                "[{\"id\": \"6f0c2a8e-3b1d-4e7a-9c55-2d8b1f4e7a90\", \"status\": null}]"))).isEmpty();
    }

    @Test
    void an_accepted_answer_is_a_success_answer_and_must_be_typed() throws Exception {
        JsonNode typed = document("""
                "/things/{id}/replays": {"post": {"operationId": "replayThing", "summary": "Replay a thing",
                  "tags": ["Things"], "requestBody": {"content": {"application/json": {"example": {}}}},
                  "responses": {"202": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    %s}}}
                """.formatted(ERRORS));
        JsonNode untyped = document("""
                "/things/{id}/replays": {"post": {"operationId": "replayThing", "summary": "Replay a thing",
                  "tags": ["Things"], "responses": {"202": {"description": "Accepted"}, %s}}}
                """.formatted(ERRORS));

        assertThat(OpenApiDocumentContract.shortcomingsOf(typed)).noneMatch(shortcoming -> shortcoming.contains("no content"));
        assertThat(OpenApiDocumentContract.shortcomingsOf(untyped)).containsExactly("POST /things/{id}/replays "
                + "answers 202 with no content: type it (RestResponse<T>, or @APIResponse content)");
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
                "GET /things does not document 503 (the database not answering)",
                "POST /things answers 201 with no content: type it (RestResponse<T>, or @APIResponse content)",
                "POST /things answers 201 without documenting its Location header",
                "GET /things/{id} has the operationId makeThing of POST /things",
                "GET /things/{id} answers 200 application/json with an empty schema: type it (RestResponse<T>, or "
                        + "@APIResponse content)",
                "GET /things/{id} answers 200 without documenting the ETag header that If-Match sends back",
                "PUT /things/{id} answers 200 without documenting the ETag header that If-Match sends back",
                "PUT /things/{id} answers 200 application/json without an example (@APIResponse content with "
                        + "examples = @ExampleObject)",
                "PUT /things/{id} answers 409 without the Problem schema as application/problem+json");
    }

    @Test
    void a_503_without_its_retry_after_header_is_listed() throws Exception {
        JsonNode document = document("""
                "/things/{id}": {"delete": {"operationId": "removeThing", "summary": "Remove a thing", "tags": ["Things"],
                  "responses": {"204": {"description": "Removed"}, %s}}}
                """.formatted(ERRORS.replace("ServiceUnavailable", "Unavailable")));

        assertThat(OpenApiDocumentContract.shortcomingsOf(document))
                .containsExactly("DELETE /things/{id} answers 503 without documenting its Retry-After header");
    }
}
