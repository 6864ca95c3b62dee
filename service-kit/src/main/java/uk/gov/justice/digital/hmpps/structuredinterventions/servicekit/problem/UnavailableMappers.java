package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A dependency that does not answer (PostgreSQL past its acquisition, statement, lock or socket timeout; Kafka past
 * its timeouts) is answered as 503 problem+json with {@code Retry-After}, never as a 500 and never as a hang. Every
 * other unexpected failure goes on to {@link ProblemMappers#unexpected}: this mapper takes the place of that one for
 * {@code Throwable} (a higher priority for the same type) only to look at the cause first.
 */
public class UnavailableMappers {

    private static final Logger LOG = Logger.getLogger(UnavailableMappers.class);

    private final ProblemMappers others = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 10)
    public Response unavailableOrUnexpected(Throwable e, UriInfo uri) {
        Optional<String> unavailable = DependencyFailures.unavailable(e);
        if (unavailable.isEmpty()) {
            return others.unexpected(e, uri);
        }
        String instance = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        LOG.warnf("Answered %s with 503: %s is not answering (%s)", LoggedPaths.of(instance), unavailable.get(), e.getClass().getSimpleName());
        Response problem = Problems.response(ProblemType.UNAVAILABLE, instance,
                "This service cannot reach what it depends on just now. Try again in a few seconds.",
                "Not answering: " + unavailable.get(), List.of());
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DependencyFailures.RETRY_AFTER_SECONDS))
                .build();
    }
}
