package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer in RFC 9457 form ({@code application/problem+json}) with the members HMPPS services carry:
 * {@code userMessage}, {@code developerMessage} and the list of field {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An error, as application/problem+json (RFC 9457) with HMPPS's members")
public record Problem(
        @Schema(description = "A URI naming the kind of problem", example = "urn:hmpps:structured-interventions:problem:validation")
        URI type,
        @Schema(description = "A short summary of the kind of problem", example = "Bad Request")
        String title,
        @Schema(description = "The HTTP status", example = "400")
        int status,
        @Schema(description = "What went wrong with this request", example = "2 fields are not valid")
        String detail,
        @Schema(description = "The request path", example = "/interventions")
        String instance,
        @Schema(description = "A message fit to show to the person using a front end", example = "2 fields are not valid")
        String userMessage,
        @Schema(description = "A message for the developer of the calling system")
        String developerMessage,
        @Schema(description = "The fields that broke a rule, each with the rule")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
