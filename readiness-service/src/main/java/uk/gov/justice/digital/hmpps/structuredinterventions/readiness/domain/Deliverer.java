package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;

/**
 * Who delivered a session, in what role, and for a facilitator or peer mentor the Programme Manager's appointment they
 * delivered it under (ADR 0014). The appointing Programme Manager is recorded from the appointment, never typed in.
 */
@Embeddable
@Schema(name = "Deliverer", description = "Who delivered a session and in what role")
public record Deliverer(
        @NotBlank @Size(max = 200) @Column(name = "delivered_by") @Schema(example = "Sam Jones",
                description = "For a facilitator or peer mentor, the name their appointment gives") String name,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "delivered_by_role") @Schema(example = "PEER_MENTOR")
        DelivererRole role,
        @Column(name = "appointment_id")
        @Schema(example = "5b0c2f6e-3d1a-4e8b-9f27-6c4d2a1e8b30", description = "The current appointment, by a "
                + "Programme Manager, of this facilitator or peer mentor in this role (GET /appointments); required for "
                + "those roles and for no other")
        UUID appointmentId,
        @Size(max = 200) @Column(name = "appointed_by")
        @Schema(readOnly = true, example = "A_PROGRAMME_MANAGER", description = "The Programme Manager who made the "
                + "appointment, recorded from it. Not taken in a request: naming it answers 422")
        String appointedBy) {

    /** A deliverer who needs no appointment. */
    public static Deliverer of(String name, DelivererRole role) {
        return new Deliverer(name, role, null, null);
    }

    /** A facilitator or peer mentor delivering under an appointment. */
    public static Deliverer appointed(String name, DelivererRole role, UUID appointmentId) {
        return new Deliverer(name, role, appointmentId, null);
    }

    /**
     * The rules on who may deliver, as field errors under {@code field}: a facilitator or peer mentor names the current
     * appointment of that person in that role; nobody else names one; nobody types the appointing Programme Manager.
     *
     * @param appointment the appointment {@link #appointmentId} names, or null when it names none or an unknown one
     */
    public List<FieldError> check(String field, Appointment appointment) {
        List<FieldError> broken = new ArrayList<>();
        if (appointedBy != null) {
            broken.add(new FieldError(field + ".appointedBy", "is no longer taken: name the Programme Manager's "
                    + "appointment in appointmentId, and the Programme Manager is recorded from it"));
        }
        if (role == null) {
            return broken;
        }
        String described = role.name().toLowerCase().replace('_', ' ');
        if (!role.appointedByProgrammeManager()) {
            if (appointmentId != null) {
                broken.add(new FieldError(field + ".appointmentId",
                        "only a facilitator or peer mentor names an appointment, not a " + described));
            }
            return broken;
        }
        if (appointmentId == null) {
            broken.add(new FieldError(field + ".appointmentId",
                    "a " + described + " must name their current appointment by a Programme Manager"));
        } else if (appointment == null || !appointment.id().equals(appointmentId)) {
            broken.add(new FieldError(field + ".appointmentId", "names no appointment"));
        } else if (appointment.role().delivers() != role) {
            broken.add(new FieldError(field + ".appointmentId", "is an appointment as a "
                    + appointment.role().described() + ", not as a " + described));
        } else if (!appointment.current()) {
            broken.add(new FieldError(field + ".appointmentId", "was withdrawn at " + appointment.withdrawnAt()
                    + ": " + appointment.name() + " is no longer appointed as a " + described));
        } else if (name != null && !name.strip().equalsIgnoreCase(appointment.name())) {
            broken.add(new FieldError(field + ".name", "must be " + appointment.name()
                    + ", the person the appointment names"));
        }
        return broken;
    }

    /** The deliverer as the session records them: with the appointing Programme Manager from the appointment. */
    Deliverer asRecorded(Appointment appointment) {
        return new Deliverer(name, role, appointmentId, appointment == null ? null : appointment.appointedBy());
    }
}
