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

    /** A longer path is not repeated in the problem's {@code instance}. */
    private static final int MAX_INSTANCE_LENGTH = 2048;

    private final ObjectMapper json;

    FallbackRoutes(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().last().handler(context -> respond(context, ProblemType.NOT_FOUND,
                "There is nothing at this path"));
        router.route().failureHandler(this::failure);
    }

    private void failure(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        if (status == 413) {
            respond(context, ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large");
        } else if (status == 414) {
            respond(context, ProblemType.URI_TOO_LONG, "The request path and query are too long");
        } else if (status == 431) {
            respond(context, ProblemType.HEADERS_TOO_LARGE, "The request headers are too large");
        } else if (status >= 400 && status < 500) {
            respond(context, ProblemType.VALIDATION, "The request could not be handled", status);
        } else {
            String errorId = java.util.UUID.randomUUID().toString();
            LOG.errorf(context.failure(), "HTTP layer failure %s answering %s", errorId, context.normalizedPath());
            respond(context, ProblemType.INTERNAL_ERROR,
                    "Something went wrong on our side. Quote error " + errorId + " if you report it.");
        }
    }

    /** Answers the request with a problem of {@code type}, from outside the REST layer. */
    void respond(RoutingContext context, ProblemType type, String message) {
        respond(context, type, message, type.status());
    }

    private void respond(RoutingContext context, ProblemType type, String message, int status) {
        String path = context.request().path();
        String instance = path == null || path.length() > MAX_INSTANCE_LENGTH ? null : context.normalizedPath();
        Problem problem = Problems.problem(type, instance, message, null, List.of());
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
