package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Attendance;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.CancellationReason;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Deliverer;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ExerciseCode;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpBooking;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessBarrier;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Session;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.SessionLength;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;

/**
 * The events on {@code readiness.events}, keyed by the person's CRN. referral-service reads completion and assessment;
 * contact-log-service turns the introduction, follow-ups and completion into contacts and RAR days, so each carries
 * the session's date and times, who delivered it, the attendance and the linked referrals. Free-text notes stay in
 * this service: read them at {@code detailUrl}. Schemas: {@code docs/events/readiness-*.schema.json}.
 */
public final class ReadinessEvent {

    public static final String MODULE_INTRODUCED = "structured-interventions.readiness.module-introduced";
    public static final String FOLLOW_UP_COMPLETED = "structured-interventions.readiness.follow-up-completed";
    public static final String MODULE_COMPLETED = "structured-interventions.readiness.module-completed";
    public static final String MODULE_REVISITED = "structured-interventions.readiness.module-revisited";
    public static final String ASSESSED = "structured-interventions.readiness.assessed";
    public static final String CONCERN_RAISED = "structured-interventions.readiness.concern-raised";
    public static final String FOLLOW_UP_BOOKED = "structured-interventions.readiness.follow-up-booked";
    public static final String FOLLOW_UP_BOOKING_CLOSED = "structured-interventions.readiness.follow-up-booking-closed";

    private ReadinessEvent() {
    }

    /** Step 1 happened: the module was introduced. Not a RAR activity. */
    public record ModuleIntroduced(PersonReference personReference, UUID introductionId, Session session,
            Deliverer deliveredBy, boolean suitableDevice, boolean followUpMustBeExtended, boolean paperCopyGiven,
            List<UUID> referralIds, int moduleVersion, String recordedBy, OffsetDateTime recordedAt, String detailUrl) {
    }

    /**
     * A follow-up session was held or missed; {@code attendance} says which. An attended one is the pre-work contact
     * and may count as a RAR day.
     */
    public record FollowUpCompleted(PersonReference personReference, UUID followUpId, Session session,
            Deliverer deliveredBy, SessionLength length, boolean reviewedModuleBeforehand,
            boolean probationServiceDeviceUsed, List<ExerciseCode> exercisesDiscussed, Attendance attendance,
            boolean preWorkContact, List<UUID> referralIds, int moduleVersion, String recordedBy,
            OffsetDateTime recordedAt, String detailUrl) {
    }

    /** The module was completed, once: a single RAR day however often it is revisited. */
    public record ModuleCompleted(PersonReference personReference, LocalDate completedOn, OffsetDateTime completedAt,
            int moduleVersion, List<UUID> referralIds, String recordedBy, String detailUrl) {
    }

    /** The completed module was revisited. It does not complete it again. */
    public record ModuleRevisited(PersonReference personReference, UUID revisitId, Session session,
            Deliverer deliveredBy, List<ExerciseCode> exercisesRevisited, LocalDate completedOn, int moduleVersion,
            String recordedBy, OffsetDateTime recordedAt, String detailUrl) {
    }

    /**
     * The person was assessed ready, or not ready with the barriers found, for the referrals in {@code referralIds} (the
     * open linked referrals when it was made); for each of them the latest assessment stands.
     */
    public record Assessed(PersonReference personReference, UUID assessmentId, OffsetDateTime assessedAt,
            boolean ready, List<ReadinessBarrier> barriers, UUID concernId, List<UUID> referralIds, String assessedBy,
            String detailUrl) {
    }

    /**
     * An unresolved issue could compromise participation: the practitioners and Treatment Manager are told. {@code
     * regions} are the probation regions of the referrals the assessment was made for, whose Treatment Managers it
     * concerns.
     */
    public record ConcernRaised(PersonReference personReference, UUID concernId, OffsetDateTime raisedAt,
            String raisedBy, List<ReadinessBarrier> barriers, boolean recommendSentencePlanReassessment,
            List<String> addressedTo, List<String> practitioners, List<String> regions, String detailUrl) {
    }

    /**
     * A follow-up was booked ahead: a session still to come, with no outcome yet. contact-log-service records it as a
     * booked contact, under the contact the follow-up it becomes (the same id) will give its outcome to.
     */
    public record FollowUpBooked(PersonReference personReference, UUID bookingId, Session session,
            Deliverer deliveredBy, SessionLength length, boolean probationServiceDevice, List<UUID> referralIds,
            String bookedBy, OffsetDateTime bookedAt, String detailUrl) {
    }

    /**
     * A booking was closed, once: {@code DELIVERED} or {@code MISSED} (it became the follow-up {@code followUpId},
     * published as follow-up-completed with its {@code attendance}) or {@code CANCELLED} beforehand, with the reason.
     */
    public record FollowUpBookingClosed(PersonReference personReference, UUID bookingId, FollowUpBooking.Status outcome,
            Session session, Attendance attendance, CancellationReason cancellationReason, UUID followUpId,
            String closedBy, OffsetDateTime closedAt, String detailUrl) {
    }
}
