package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * A follow-up arranged ahead: when, who will deliver it, standard or extended, on a Probation Service device or not.
 * It is booked, then closed once: delivered (it becomes the follow-up, under the booking's id), missed (a missed
 * follow-up, with nDelius's non-attendance outcome) or cancelled beforehand.
 */
@Entity
@Table(name = "follow_up_booking")
public class FollowUpBooking {

    /** Where a booking stands. Only a booked one changes, and only once. */
    @Schema(name = "FollowUpBookingStatus")
    public enum Status {
        BOOKED,
        DELIVERED,
        MISSED,
        CANCELLED
    }

    /** What a booking shows. */
    @Schema(name = "FollowUpBooking", description = "A follow-up session booked ahead, and how it ended")
    public record View(
            @Schema(description = "The booking's id; the follow-up it becomes when delivered or missed has the same id")
            UUID id,
            @Schema(example = "X123456", pattern = PersonReference.CRN_PATTERN) String crn,
            Status status,
            Session session,
            Deliverer deliveredBy,
            SessionLength length,
            boolean probationServiceDevice,
            String location,
            String notes,
            @Schema(description = "The person's referrals linked when it was booked") List<UUID> referralIds,
            String bookedBy,
            OffsetDateTime bookedAt,
            @Schema(description = "How it went, once delivered or missed") Attendance attendance,
            @Schema(description = "Why it was called off, once cancelled") CancellationReason cancellationReason,
            @Schema(description = "Notes on why it was missed or cancelled") String outcomeNotes,
            @Schema(description = "The follow-up it became, once delivered or missed") UUID followUpId,
            String closedBy,
            OffsetDateTime closedAt) {
    }

    @Id
    private UUID id;

    @Column(name = "crn", updatable = false)
    private String crn;

    @Embedded
    private Session session;

    @Embedded
    private Deliverer deliveredBy;

    @Enumerated(EnumType.STRING)
    private SessionLength length;

    @Column(name = "probation_service_device")
    private boolean probationServiceDevice;

    private String location;

    private String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "referral_ids", columnDefinition = "jsonb")
    private List<UUID> referralIds;

    @Column(name = "booked_by")
    private String bookedBy;

    @Column(name = "booked_at")
    private OffsetDateTime bookedAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    private CancellationReason cancellationReason;

    @Column(name = "outcome_notes")
    private String outcomeNotes;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    protected FollowUpBooking() {
    }

    FollowUpBooking(String crn, FollowUpBookingDetails details, Deliverer deliveredBy, List<UUID> referralIds,
            String by, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.crn = crn;
        this.session = details.session();
        this.deliveredBy = deliveredBy;
        this.length = details.length();
        this.probationServiceDevice = Boolean.TRUE.equals(details.probationServiceDevice());
        this.location = details.location();
        this.notes = details.notes();
        this.referralIds = List.copyOf(referralIds);
        this.bookedBy = by;
        this.bookedAt = at;
        this.status = Status.BOOKED;
    }

    /**
     * A booking is made for a session still to come: its date is not before today, and on today its start is not
     * before now; it ends after it starts.
     *
     * @param now the UK local date and time now
     */
    static List<FieldError> checkAhead(Session session, LocalDateTime now) {
        List<FieldError> broken = new ArrayList<>();
        if (session.date() != null && session.date().isBefore(now.toLocalDate())) {
            broken.add(new FieldError("session.date", "must not be in the past: book a session still to come, or "
                    + "record one that has taken place as a follow-up"));
        } else if (session.date() != null && session.startTime() != null && session.date().equals(now.toLocalDate())
                && session.startTime().isBefore(now.toLocalTime())) {
            broken.add(new FieldError("session.startTime", "must not be in the past: book a session still to come"));
        }
        if (session.startTime() != null && session.endTime() != null && !session.endTime().isAfter(session.startTime())) {
            broken.add(new FieldError("session.endTime", "must be after the start time"));
        }
        return broken;
    }

    /**
     * A booking changes once, from booked.
     *
     * @throws ProblemException 409 when it was delivered, missed or cancelled already
     */
    void checkOpen() {
        if (status != Status.BOOKED) {
            throw ProblemException.conflict("The follow-up booked for " + session.date() + " was "
                    + status.name().toLowerCase() + " already; a booking changes once");
        }
    }

    /** The follow-up it becomes when it took place, with the booked session, deliverer, length and device. */
    FollowUpDetails delivered(BookingDelivery delivery) {
        return new FollowUpDetails(session, deliverer(), delivery.length() == null ? length : delivery.length(),
                delivery.reviewedModuleBeforehand(), delivery.probationServiceDeviceUsed() == null
                        ? probationServiceDevice : delivery.probationServiceDeviceUsed(),
                delivery.exercisesDiscussed(), delivery.reflectionNotes(), delivery.attendance(),
                delivery.moduleVersion(), delivery.notes());
    }

    /** The missed follow-up it becomes, with the booked session and deliverer; it discusses nothing. */
    FollowUpDetails missed(BookingMissed missed) {
        return new FollowUpDetails(session, deliverer(), length, false, probationServiceDevice, Set.of(),
                null, missed.outcome(), null, missed.notes());
    }

    void close(Status closedAs, Attendance attendance, CancellationReason reason, String outcomeNotes, String by,
            OffsetDateTime at) {
        this.status = closedAs;
        this.attendance = attendance;
        this.cancellationReason = reason;
        this.outcomeNotes = outcomeNotes;
        this.closedBy = by;
        this.closedAt = at;
    }

    /** Who is to deliver it, as a session names them: the appointment by id, the Programme Manager not typed. */
    public Deliverer deliverer() {
        return new Deliverer(deliveredBy.name(), deliveredBy.role(), deliveredBy.appointmentId(), null);
    }

    public UUID id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public Session session() {
        return session;
    }

    public String crn() {
        return crn;
    }

    public View view() {
        boolean becameFollowUp = status == Status.DELIVERED || status == Status.MISSED;
        return new View(id, crn, status, session, deliveredBy, length, probationServiceDevice, location, notes,
                List.copyOf(referralIds), bookedBy, bookedAt, attendance, cancellationReason, outcomeNotes,
                becameFollowUp ? id : null, closedBy, closedAt);
    }
}
