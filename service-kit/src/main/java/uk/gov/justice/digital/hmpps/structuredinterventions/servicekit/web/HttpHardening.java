package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

/**
 * The first routes of every service's HTTP router. One puts the security headers on every response that leaves
 * through the router (REST answers, problems, health, the OpenAPI document, the fallbacks): no sniffing of content
 * types, no framing, no referrer, HTTPS only, and {@code Cache-Control: no-store} on everything but the OpenAPI
 * document and health, since most answers carry personal data. The other refuses a request target or header block
 * longer than the kit's limits with a 414 or 431 problem before anything reads it.
 */
@ApplicationScoped
public class HttpHardening {

    /** The headers every response carries. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer",
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains");

    private final ServiceKitConfig config;
    private final FallbackRoutes problems;
    private final long maxBodySize;

    HttpHardening(ServiceKitConfig config, FallbackRoutes problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBodySize) {
        this.config = config;
        this.problems = problems;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::secure);
        router.route().order(Integer.MIN_VALUE + 1).handler(this::limit);
    }

    private void secure(RoutingContext context) {
        String path = context.request().path();
        context.addHeadersEndHandler(ignored -> secure(context.response().headers(), path));
        context.next();
    }

    /** Sets the security headers on a response to a request for {@code path}. */
    static void secure(MultiMap headers, String path) {
        SECURITY_HEADERS.forEach(headers::set);
        if (cacheable(path)) {
            return;
        }
        headers.set("Cache-Control", "no-store");
        headers.remove("Pragma");
        headers.remove("Expires");
    }

    /** The OpenAPI document and health say nothing about anyone: they may be cached. */
    static boolean cacheable(String path) {
        return path != null && (path.equals("/q/openapi") || path.startsWith("/q/openapi.")
                || path.equals("/q/health") || path.startsWith("/q/health/"));
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > config.http().maxUriLength()) {
            problems.respond(context, ProblemType.URI_TOO_LONG,
                    "The request path and query are longer than " + config.http().maxUriLength() + " characters");
            return;
        }
        if (headerBytes(request.headers()) > config.http().maxHeaderSize()) {
            problems.respond(context, ProblemType.HEADERS_TOO_LARGE,
                    "The request headers are larger than " + config.http().maxHeaderSize() + " bytes");
            return;
        }
        // Quarkus refuses a body over its limit with an empty 413; one that says its length is answered here first.
        // (A chunked body that grows past the limit is still cut off by Quarkus, with the empty 413.)
        if (declaredLength(request) > maxBodySize) {
            problems.respond(context, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + maxBodySize + " bytes");
            return;
        }
        context.next();
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }
}
