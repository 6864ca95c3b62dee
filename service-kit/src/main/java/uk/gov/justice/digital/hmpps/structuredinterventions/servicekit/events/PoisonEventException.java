package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events;

/**
 * An event that can never be handled, however often it is retried: no CloudEvents id, no type, or data that is not
 * JSON. It goes straight to the dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
