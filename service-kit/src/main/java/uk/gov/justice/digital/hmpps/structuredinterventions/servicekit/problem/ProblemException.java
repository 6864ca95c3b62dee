package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import java.util.List;

/**
 * A failure the client can act on, raised by services and domain rules and answered as problem+json. It carries no
 * web types, so plain domain code can throw it and plain unit tests can catch it.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final String userMessage;
    private final transient List<FieldError> errors;

    public ProblemException(ProblemType type, String userMessage, String developerMessage, List<FieldError> errors) {
        super(developerMessage == null ? userMessage : developerMessage);
        this.type = type;
        this.userMessage = userMessage;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String userMessage) {
        this(type, userMessage, null, List.of());
    }

    /**
     * {@code what} was not found: "Referral was not found". The id the client asked for is not repeated in the answer
     * (it may be a CRN, and the client knows what it asked for); the parameter stays so a call site reads as the rule.
     */
    public static ProblemException notFound(String what, Object id) {
        return notFound(what);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found");
    }

    public static ProblemException conflict(String userMessage) {
        return new ProblemException(ProblemType.CONFLICT, userMessage);
    }

    /** A business rule failed: each broken rule is named in {@code errors}. */
    public static ProblemException ruleBroken(String userMessage, List<FieldError> errors) {
        return new ProblemException(ProblemType.RULE_BROKEN, userMessage, null, errors);
    }

    /**
     * Throws {@link #ruleBroken} when any rule is broken, and returns when {@code broken} is empty: the one way a
     * domain rule that collects its failures ends.
     */
    public static void throwIfBroken(String userMessage, List<FieldError> broken) {
        if (!broken.isEmpty()) {
            throw ruleBroken(userMessage, broken);
        }
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + " " + message, null, List.of(new FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public String userMessage() {
        return userMessage;
    }

    public String developerMessage() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
