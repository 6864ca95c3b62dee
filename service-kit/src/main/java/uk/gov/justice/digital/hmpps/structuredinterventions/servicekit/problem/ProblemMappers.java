package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure that reaches the REST layer to problem+json. Client mistakes become 4xx answers that name the
 * field and the rule; anything unexpected becomes a 500 that reveals nothing but an error id, which is logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** PostgreSQL's SQLSTATE for a unique index refusing a row. */
    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.type(), path(uri), e.userMessage(), e.developerMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        if (violations.stream().anyMatch(ProblemMappers::isReturnValue)) {
            return unexpected(e, uri);
        }
        List<FieldError> errors = violations.stream()
                .map(violation -> new FieldError(field(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return Problems.response(ProblemType.VALIDATION, path(uri), Problems.fieldSummary(errors), null, errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return json(e, uri);
    }

    /** Takes precedence over Quarkus's own mapper for this type, which answers without naming the field. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response invalidJsonValue(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, path(uri), "You do not have a role that allows this",
                "The bearer token lacks every role this operation allows", List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleWrite(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleWrite(uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        String instance = path(uri);
        return switch (status) {
            case 404 -> Problems.response(ProblemType.NOT_FOUND, instance, "There is nothing at this path");
            case 405 -> methodNotAllowed(e, instance);
            case 406 -> Problems.response(ProblemType.NOT_ACCEPTABLE, instance,
                    "This resource cannot answer in the media type the Accept header asks for");
            case 415 -> Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, instance,
                    "This resource does not accept the request's Content-Type; send application/json");
            case 401 -> unauthenticated(uri);
            case 403 -> forbidden(new ForbiddenException(), uri);
            default -> status >= 500 ? unexpected(e, uri) : genericClientError(status, instance, e);
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return json(json, uri);
        }
        org.hibernate.exception.ConstraintViolationException constraint =
                causeOf(e, org.hibernate.exception.ConstraintViolationException.class);
        if (constraint != null && UNIQUE_VIOLATION.equals(constraint.getSQLState())) {
            // The service checks for duplicates first; a unique index catches a concurrent one that slipped by.
            // Any other broken constraint is a fault of the service, answered below as a 500.
            LOG.infof("Refused a change that breaks unique constraint %s", constraint.getConstraintName());
            return Problems.response(ProblemType.CONFLICT, path(uri),
                    "This conflicts with a change made at the same time. Reload and try again.",
                    "A concurrent change already stored the same thing", List.of());
        }
        return internalError(e, path(uri));
    }

    /**
     * A 500 that tells the client one thing, an error id to quote, and logs the failure under it. Nothing about the
     * failure (its class, message or place) reaches the client.
     */
    public static Response internalError(Throwable e, String instance) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s answering %s", errorId, LoggedPaths.of(instance));
        return Problems.response(ProblemType.INTERNAL_ERROR, instance,
                "Something went wrong on our side. Quote error " + errorId + " if you report it.", null, List.of());
    }

    private Response json(JsonProcessingException e, UriInfo uri) {
        FieldError error = JsonErrors.fieldError(e);
        return Problems.response(ProblemType.VALIDATION, path(uri), Problems.fieldSummary(List.of(error)),
                "The request body could not be read as the expected JSON", List.of(error));
    }

    private Response unauthenticated(UriInfo uri) {
        Response problem = Problems.response(ProblemType.UNAUTHENTICATED, path(uri),
                "You need to sign in to do this",
                "Send a valid bearer token issued by HMPPS Auth in the Authorization header", List.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response staleWrite(UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, path(uri),
                "Someone else changed this at the same time. Reload it and try again.",
                "Concurrent update detected by optimistic locking", List.of());
    }

    private Response methodNotAllowed(WebApplicationException e, String instance) {
        Set<String> allowed = e instanceof NotAllowedException ? e.getResponse().getAllowedMethods() : Set.of();
        String allowedText = allowed.isEmpty() ? "" : " Allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ".";
        Response problem = Problems.response(ProblemType.METHOD_NOT_ALLOWED, instance,
                "This method is not allowed here." + allowedText);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        if (!allowed.isEmpty()) {
            builder.header(HttpHeaders.ALLOW, String.join(", ", allowed));
        }
        return builder.build();
    }

    private Response genericClientError(int status, String instance, WebApplicationException e) {
        ProblemType type = status == 412 ? ProblemType.PRECONDITION_FAILED
                : status == 409 ? ProblemType.CONFLICT
                : status == 428 ? ProblemType.PRECONDITION_REQUIRED
                : ProblemType.VALIDATION;
        // The framework's message may quote what was sent (a header, a parameter): the status's title says enough.
        return Response.fromResponse(Problems.response(type, instance, type.title())).status(status).build();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field a violation is about: the JSON path inside a request body ({@code sessions[2].title}), or else the
     * name of the query or path parameter (resources name their Java parameters as the HTTP parameters).
     */
    static String field(Path propertyPath) {
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : propertyPath) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.isInIterable() && node.getIndex() != null) {
                        property.append('[').append(node.getIndex()).append(']');
                    } else if (node.isInIterable() && node.getKey() != null) {
                        property.append('[').append(node.getKey()).append(']');
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        if (!property.isEmpty()) {
                            property.append('.');
                        }
                        property.append(name);
                    }
                }
                default -> {
                    // method, constructor, cross-parameter and bean nodes name no field
                }
            }
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        return parameter != null ? parameter : JsonErrors.BODY;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
