package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives the 401 and 403 answers of every operation the problem they carry. Quarkus adds both to each secured operation
 * with a description alone; the service answers them as {@code application/problem+json}, so the document says so by
 * pointing them at the shared {@code Unauthorized} and {@code Forbidden} answers of {@link ProblemResponses}.
 *
 * <p>It also adds the shared {@code ServiceUnavailable} answer (503, problem+json, {@code Retry-After}) to every secured
 * operation: each reads or writes the service's database (the endpoints without a role, health, metrics and the
 * document itself, are not in it), and the kit answers a database or Kafka that does not answer in time with 503
 * ({@code UnavailableMappers}). An operation that documents its own 503 keeps it.
 */
public class ProblemAnswers implements OASFilter {

    private static final Map<String, String> SHARED = Map.of("401", ProblemResponses.UNAUTHORIZED,
            "403", ProblemResponses.FORBIDDEN);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    continue;
                }
                SHARED.forEach((code, shared) -> {
                    APIResponse answer = responses.getAPIResponse(code);
                    if (answer != null && answer.getRef() == null && answer.getContent() == null) {
                        responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(shared));
                    }
                });
                if (responses.getAPIResponse("401") != null && responses.getAPIResponse("503") == null) {
                    responses.addAPIResponse("503", OASFactory.createAPIResponse().ref(ProblemResponses.SERVICE_UNAVAILABLE));
                }
            }
        }
    }
}
