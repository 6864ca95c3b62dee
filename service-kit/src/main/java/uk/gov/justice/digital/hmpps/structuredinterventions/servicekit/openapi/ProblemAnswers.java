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
            }
        }
    }
}
