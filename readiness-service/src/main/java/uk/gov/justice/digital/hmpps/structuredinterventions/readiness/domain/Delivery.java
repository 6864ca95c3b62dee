package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import java.util.List;
import java.util.stream.Collectors;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

/**
 * A session as delivered and as recorded: who delivered it, the appointment it names (if any) and who is recording it.
 * Holds the two rules on sessions delivered under an appointment (ADR 0014).
 *
 * @param deliveredBy who delivered it, as the request names them
 * @param appointment the appointment {@code deliveredBy.appointmentId} names, or null when it names none or an unknown
 *        one
 * @param recorder who is recording it
 */
public record Delivery(Deliverer deliveredBy, Appointment appointment, Recorder recorder) {

    /** A session a practitioner records, naming no appointment. */
    public static Delivery byPractitioner(Deliverer deliveredBy, String userName) {
        return new Delivery(deliveredBy, null, Recorder.practitioner(userName));
    }

    /**
     * Someone who is not a practitioner records only the sessions they delivered themselves: in a role their own token
     * holds, and for a facilitator or peer mentor under an appointment of them.
     *
     * @throws ProblemException (403) when the session is someone else's
     */
    public void checkRecorder() {
        if (recorder.recordsForOthers() || deliveredBy.role() == null) {
            return;
        }
        if (!recorder.deliversAs().contains(deliveredBy.role())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You record only the sessions you delivered yourself, as "
                    + recorder.deliversAs().stream().map(Enum::name).collect(Collectors.joining(" or "))
                    + ": a practitioner records one delivered by a " + deliveredBy.role().name());
        }
        if (appointment != null && !appointment.userName().equalsIgnoreCase(recorder.userName())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Appointment " + appointment.id() + " is of another "
                    + "person: you record only the sessions you delivered yourself, under your own appointment");
        }
    }

    /** The rules on who may deliver, as field errors under {@code field}. */
    public List<FieldError> check(String field) {
        return deliveredBy.check(field, appointment);
    }

    /** Who delivered it, as the session records them. */
    public Deliverer recorded() {
        return deliveredBy.asRecorded(appointment);
    }

    /** Who is recording it. */
    public String by() {
        return recorder.userName();
    }
}
