package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The id of the current request: the caller's {@code X-Request-Id} when it is an identifier, otherwise a new UUID. It
 * is put in the log context as {@code requestId}, so logs and audit records of one request share it.
 */
@RequestScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private String current;

    /** Takes the request's id from its header, as each request arrives. */
    public static class Filter {

        private final RequestIds requestIds;

        Filter(RequestIds requestIds) {
            this.requestIds = requestIds;
        }

        @ServerRequestFilter
        void take(ContainerRequestContext request) {
            String given = request.getHeaderString(HEADER);
            String id = given != null && AuditEvent.IDENTIFIER.matcher(given).matches() ? given
                    : UUID.randomUUID().toString();
            requestIds.set(id);
            MDC.put(MDC_KEY, id);
        }
    }

    void set(String id) {
        current = id;
    }

    /** The request's id; null outside a request that passed the filter. */
    public String current() {
        return current;
    }
}
