package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.openapi;

import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.DependencyFailures;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.Problem;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

/**
 * Puts the {@code Problem} schema, the error answers every service gives and the headers its answers carry into each
 * OpenAPI document, so an operation documents an error with {@code @APIResponse(responseCode = "404", ref = "NotFound")}
 * and a header with {@code @Header(ref = "ETag")}. The 401 and 403 answers every secured operation has are filled in by
 * {@link ProblemAnswers}, as is the 503 of every operation that reads or writes the database.
 */
public class ProblemResponses implements OASModelReader {

    /** The shared answer for a request without a valid bearer token. */
    public static final String UNAUTHORIZED = "Unauthorized";
    /** The shared answer for a token without a role the operation allows. */
    public static final String FORBIDDEN = "Forbidden";
    /** The shared answer for a dependency (the database, Kafka) that does not answer just now. */
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    /** The shared {@code Retry-After} header of a 503. */
    public static final String RETRY_AFTER = "Retry-After";
    /** The shared {@code ETag} header: the version, for {@code If-Match}. */
    public static final String ETAG = "ETag";
    /** The shared {@code Location} header of a 201. */
    public static final String LOCATION = "Location";

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addHeader(ETAG, OASFactory.createHeader()
                        .description("The version of what the answer carries, as an entity tag: send it back as "
                                + "If-Match to change it")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                .examples(List.of("\"3\""))))
                .addHeader(LOCATION, OASFactory.createHeader()
                        .description("The URL of what was created")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                                .examples(List.of("http://localhost:8082/referrals/6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b"))))
                .addHeader(RETRY_AFTER, OASFactory.createHeader()
                        .description("How many seconds to wait before trying the request again")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                                .examples(List.of(DependencyFailures.RETRY_AFTER_SECONDS))))
                .addSchema("FieldError", fieldError())
                .addSchema("Problem", problem())
                .addResponse("BadRequest", response(ProblemType.VALIDATION,
                        "A field or parameter is missing or malformed; each is named in errors",
                        "size must be less than or equal to 100", "size", "must be less than or equal to 100"))
                .addResponse("NotFound", response(ProblemType.NOT_FOUND, "There is no such resource",
                        "Intervention was not found", null, null))
                .addResponse("Conflict", response(ProblemType.CONFLICT,
                        "The change conflicts with the state of the resource or a rule across resources",
                        "Positive Pathways is PUBLISHED; only a draft intervention can be changed", null, null))
                .addResponse("PreconditionFailed", response(ProblemType.PRECONDITION_FAILED,
                        "If-Match names a version that is no longer current; read the resource again",
                        "Positive Pathways has changed since you read it. Reload it and try again.", null, null))
                .addResponse("RuleBroken", response(ProblemType.RULE_BROKEN,
                        "A rule of the domain is broken; each broken rule is named in errors",
                        "The intervention cannot be recorded like this", "sessionPlan",
                        "a Structured Intervention has at least 4 sessions; this plan has 3"))
                .addResponse(UNAUTHORIZED, response(ProblemType.UNAUTHENTICATED,
                        "No bearer token, or one that is expired, malformed or not signed by HMPPS Auth",
                        "You need to sign in to do this", null, null)
                        .addHeader("WWW-Authenticate", OASFactory.createHeader()
                                .description("The scheme to authenticate with")
                                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                        .examples(List.of("Bearer")))))
                .addResponse(FORBIDDEN, response(ProblemType.FORBIDDEN,
                        "The bearer token has none of the roles this operation allows",
                        "You do not have a role that allows this", null, null))
                .addResponse(SERVICE_UNAVAILABLE, response(ProblemType.UNAVAILABLE,
                        "The service's database (or Kafka) did not answer in time; nothing was changed. Try again after"
                                + " Retry-After seconds",
                        "This service cannot reach what it depends on just now. Try again in a few seconds.", null, null)
                        .addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER))));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("A field, parameter or rule that the request broke")
                .addProperty("field", string("The field, as a JSON path from the body, or the parameter", "sessionPlan.coreSessions"))
                .addProperty("message", string("The rule it broke", "must not be null"))
                .required(List.of("field", "message"));
    }

    private static Schema problem() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An error, as application/problem+json (RFC 9457) with HMPPS's members")
                .addProperty("type", string("A URN naming the kind of problem", ProblemType.VALIDATION.uri().toString()).format("uri"))
                .addProperty("title", string("A short summary of the kind of problem", "Bad Request"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("The HTTP status").examples(List.of(400)))
                .addProperty("detail", string("What went wrong with this request", "sessionPlan.coreSessions must not be null"))
                .addProperty("instance", string("The request path", "/interventions"))
                .addProperty("userMessage", string("A message fit to show to the person using a front end", "sessionPlan.coreSessions must not be null"))
                .addProperty("developerMessage", string("A message for the developer of the calling system", null))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("The fields or rules that were broken, each with the rule")
                        .items(OASFactory.createSchema().ref("FieldError")))
                .required(List.of("type", "title", "status", "errors"));
    }

    private static Schema string(String description, String example) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
        return example == null ? schema : schema.examples(List.of(example));
    }

    private static APIResponse response(ProblemType type, String description, String message, String field,
            String rule) {
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", message);
        example.put("userMessage", message);
        example.put("errors", field == null ? List.of() : List.of(Map.of("field", field, "message", rule)));
        MediaType mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))
                .example(example);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
