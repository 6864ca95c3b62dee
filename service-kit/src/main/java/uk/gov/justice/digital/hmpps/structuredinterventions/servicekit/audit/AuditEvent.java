package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One audit record in the shape the HMPPS audit service takes: {@code what} was done, {@code when}, by {@code who},
 * in which {@code service}, to whose data ({@code subjectId}, a CRN, of {@code subjectType} {@code CRN}), the
 * request it belongs to ({@code correlationId}) and {@code details}, a JSON string.
 *
 * <p>Nothing in it is free text: {@code what} is an upper-case action name, the subject a CRN, and the details are
 * built from {@link Details}, whose every member is an identifier checked against a pattern. Request bodies, notes,
 * reasons and names cannot reach an audit record.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(String what, Instant when, String who, String service, String subjectId, String subjectType,
        String correlationId, String details) {

    /** The subject type of a record about a person on probation, as the HMPPS audit service names it. */
    public static final String CRN = "CRN";

    /** An action name: upper-case words joined by underscores, {@code READ_REFERRAL}, {@code SUBMIT_REFERRAL}. */
    static final Pattern WHAT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
    static final Pattern CRN_PATTERN = Pattern.compile("[A-Z][0-9]{6}");
    /** An identifier: a UUID, a CRN, a number, a request or trace id. Never a sentence. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** What kind of access the record reports. */
    public enum Operation {
        /** One resource about one person was read. */
        READ,
        /** A list was read: the details name the CRNs it showed. */
        SEARCH,
        /** A person's data was created or changed. */
        CHANGE
    }

    /**
     * What {@code details} holds, as JSON: the operation, the resource's id, the CRNs a list showed, and where the
     * request came from (its request id and trace id). Every member is an identifier.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Details(Operation operation, String resourceId, List<String> crns, String requestId,
            String traceId) {

        public Details {
            Objects.requireNonNull(operation, "operation");
            resourceId = identifier(resourceId, "resourceId");
            requestId = identifier(requestId, "requestId");
            traceId = identifier(traceId, "traceId");
            if (crns != null) {
                crns.forEach(crn -> crn(crn, "crns"));
                crns = List.copyOf(crns);
            }
        }
    }

    public AuditEvent {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(details, "details");
        if (what == null || !WHAT.matcher(what).matches()) {
            throw new IllegalArgumentException("an audit action reads like READ_REFERRAL, not " + what);
        }
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("an audit record names who");
        }
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("an audit record names its service");
        }
        crn(subjectId, "subjectId");
        if (subjectId != null && !CRN.equals(subjectType)) {
            throw new IllegalArgumentException("a subject is a CRN");
        }
        correlationId = identifier(correlationId, "correlationId");
    }

    private static String crn(String value, String member) {
        if (value != null && !CRN_PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException(member + " must be a CRN");
        }
        return value;
    }

    /** The value when it is an identifier; null when it is absent. Anything else is refused, never recorded. */
    static String identifier(String value, String member) {
        if (value == null) {
            return null;
        }
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(member + " must be an identifier");
        }
        return value;
    }
}
