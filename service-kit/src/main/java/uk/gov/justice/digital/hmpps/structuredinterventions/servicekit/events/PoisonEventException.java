package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events;

/**
 * An event that can never be handled, however often it is retried: no CloudEvents id, no type, or data that is not
 * JSON. It goes straight to the dead-letter topic.
 *
 * <p>Its message becomes the dead-letter record's {@code dead-letter-reason}, and a cause's message its
 * {@code dead-letter-cause}: name the event and what is wrong with it (the field, the rule), never a value it holds,
 * which may be a person's details; and give no cause whose message quotes one (Jackson's do).
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
