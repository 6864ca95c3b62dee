package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

    public static final MediaType MEDIA_TYPE = MediaType.valueOf(Problem.MEDIA_TYPE);

    private Problems() {
    }

    public static Problem problem(ProblemType type, String instance, String userMessage, String developerMessage,
            List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), userMessage, instance, userMessage,
                developerMessage, errors);
    }

    public static Response response(ProblemType type, String instance, String userMessage, String developerMessage,
            List<FieldError> errors) {
        return Response.status(type.status())
                .type(MEDIA_TYPE)
                .entity(problem(type, instance, userMessage, developerMessage, errors))
                .build();
    }

    public static Response response(ProblemType type, String instance, String userMessage) {
        return response(type, instance, userMessage, null, List.of());
    }

    /** "1 field is not valid" / "3 fields are not valid": a summary a front end can show above the field errors. */
    public static String fieldSummary(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError only = errors.get(0);
            return only.field() + " " + only.message();
        }
        return errors.size() + " fields are not valid";
    }
}
