package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import java.net.URI;

/** The kinds of problem every service answers with. Each has a stable URN a client can switch on. */
public enum ProblemType {
    VALIDATION(400, "Bad Request", "validation"),
    UNAUTHENTICATED(401, "Unauthorized", "unauthenticated"),
    FORBIDDEN(403, "Forbidden", "forbidden"),
    /** The person is a restricted or excluded case the caller may not see; the answer says no more than that. */
    RESTRICTED(403, "Forbidden", "restricted"),
    NOT_FOUND(404, "Not Found", "not-found"),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", "method-not-allowed"),
    NOT_ACCEPTABLE(406, "Not Acceptable", "not-acceptable"),
    CONFLICT(409, "Conflict", "conflict"),
    PRECONDITION_FAILED(412, "Precondition Failed", "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "Content Too Large", "content-too-large"),
    URI_TOO_LONG(414, "URI Too Long", "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", "unsupported-media-type"),
    PRECONDITION_REQUIRED(428, "Precondition Required", "precondition-required"),
    RULE_BROKEN(422, "Unprocessable Content", "rule-broken"),
    HEADERS_TOO_LARGE(431, "Request Header Fields Too Large", "headers-too-large"),
    INTERNAL_ERROR(500, "Internal Server Error", "internal-error"),
    UNAVAILABLE(503, "Service Unavailable", "unavailable");

    private final int status;
    private final String title;
    private final URI uri;

    ProblemType(int status, String title, String slug) {
        this.status = status;
        this.title = title;
        this.uri = URI.create("urn:hmpps:structured-interventions:problem:" + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri;
    }
}
