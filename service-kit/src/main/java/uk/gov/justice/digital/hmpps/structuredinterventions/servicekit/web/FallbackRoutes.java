package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.Problem;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.Problems;

/**
 * Answers, as problem+json, requests that never reach a REST resource: a path nothing serves, and failures in the
 * HTTP layer itself (an oversized body, say). Without it Quarkus answers those with an empty body or an HTML page.
 */
@ApplicationScoped
public class FallbackRoutes {

    private static final Logger LOG = Logger.getLogger(FallbackRoutes.class);

    private final ObjectMapper json;

    FallbackRoutes(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().last().handler(context -> respond(context, ProblemType.NOT_FOUND,
                "There is nothing at " + context.normalizedPath()));
        router.route().failureHandler(this::failure);
    }

    private void failure(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        if (status == 413) {
            respond(context, ProblemType.VALIDATION, "The request body is too large", 413);
        } else if (status >= 400 && status < 500) {
            respond(context, ProblemType.VALIDATION, "The request could not be handled", status);
        } else {
            LOG.errorf(context.failure(), "HTTP layer failure answering %s", context.normalizedPath());
            respond(context, ProblemType.INTERNAL_ERROR, "Something went wrong on our side");
        }
    }

    private void respond(RoutingContext context, ProblemType type, String message) {
        respond(context, type, message, type.status());
    }

    private void respond(RoutingContext context, ProblemType type, String message, int status) {
        Problem problem = Problems.problem(type, context.normalizedPath(), message, null, List.of());
        String body;
        try {
            body = json.writeValueAsString(new Problem(problem.type(), problem.title(), status, problem.detail(),
                    problem.instance(), problem.userMessage(), problem.developerMessage(), problem.errors()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
