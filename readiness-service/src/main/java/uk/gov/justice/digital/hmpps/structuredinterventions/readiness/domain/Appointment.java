package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * A Programme Manager's appointment of a person as a facilitator or peer mentor of the pre-intervention module: who is
 * appointed, in which role, by which Programme Manager and when. It is current until a Programme Manager withdraws it;
 * a withdrawn appointment stays, because the sessions delivered under it name it. A person holds at most one current
 * appointment in each role.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    /** What is shown of an appointment. */
    @Schema(name = "Appointment", description = "A facilitator or peer mentor appointed by a Programme Manager")
    public record View(UUID id, String userName, String name, AppointedRole role, String notes, String appointedBy,
            OffsetDateTime appointedAt, boolean current, String withdrawnBy, OffsetDateTime withdrawnAt,
            String withdrawalReason, long version) {
    }

    @Id
    private UUID id;

    @Column(name = "user_name")
    private String userName;

    private String name;

    @Enumerated(EnumType.STRING)
    private AppointedRole role;

    private String notes;

    @Column(name = "appointed_by")
    private String appointedBy;

    @Column(name = "appointed_at")
    private OffsetDateTime appointedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Version
    private long version;

    protected Appointment() {
    }

    /**
     * A Programme Manager appoints a person. The Programme Manager is the one signed in ({@code by}), never a name in
     * the request.
     *
     * @param alreadyCurrent whether the person already holds a current appointment in the role
     * @throws ProblemException (409) when they do
     */
    public static Appointment appoint(AppointmentDetails details, boolean alreadyCurrent, String by, OffsetDateTime at) {
        if (alreadyCurrent) {
            throw ProblemException.conflict(details.userName() + " is already appointed as a "
                    + details.role().described() + ": withdraw that appointment first");
        }
        Appointment appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.userName = details.userName().strip();
        appointment.name = details.name().strip();
        appointment.role = details.role();
        appointment.notes = details.notes();
        appointment.appointedBy = by;
        appointment.appointedAt = at;
        return appointment;
    }

    /**
     * A Programme Manager withdraws the appointment: sessions can no longer be recorded under it.
     *
     * @throws ProblemException (409) when it was withdrawn already
     */
    public void withdraw(String reason, String by, OffsetDateTime at) {
        if (!current()) {
            throw ProblemException.conflict("The appointment was withdrawn already, by " + withdrawnBy + " at "
                    + withdrawnAt);
        }
        withdrawnBy = by;
        withdrawnAt = at;
        withdrawalReason = reason;
    }

    public boolean current() {
        return withdrawnAt == null;
    }

    public UUID id() {
        return id;
    }

    public String userName() {
        return userName;
    }

    public String name() {
        return name;
    }

    public AppointedRole role() {
        return role;
    }

    public String appointedBy() {
        return appointedBy;
    }

    public OffsetDateTime withdrawnAt() {
        return withdrawnAt;
    }

    public View view() {
        return new View(id, userName, name, role, notes, appointedBy, appointedAt, current(), withdrawnBy, withdrawnAt,
                withdrawalReason, version);
    }
}
