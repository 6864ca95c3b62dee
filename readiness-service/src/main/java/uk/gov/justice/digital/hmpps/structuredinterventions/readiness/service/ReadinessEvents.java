package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.config.ReadinessConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Assessment;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Concern;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUp;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpBooking;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Introduction;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.LinkedReferral;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ModuleCompletion;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecord;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Revisit;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events.ReadinessEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox.Outbox;

/** Writes each step of a person's record to the outbox, in the transaction of the step, keyed by the CRN. */
@ApplicationScoped
public class ReadinessEvents {

    private final Outbox outbox;
    private final ReadinessConfig config;

    ReadinessEvents(Outbox outbox, ReadinessConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void introduced(ReadinessRecord record, Introduction introduction) {
        Introduction.View i = introduction.view();
        publish(record, ReadinessEvent.MODULE_INTRODUCED, new ReadinessEvent.ModuleIntroduced(person(record), i.id(),
                i.session(), i.deliveredBy(), i.suitableDevice(), record.followUpRequirement().mustBeExtended(),
                i.paperCopyGiven(), referralIds(record), i.moduleVersion(), i.recordedBy(), i.recordedAt(),
                detailUrl(record)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void followedUp(ReadinessRecord record, FollowUp followUp) {
        FollowUp.View f = followUp.view();
        publish(record, ReadinessEvent.FOLLOW_UP_COMPLETED, new ReadinessEvent.FollowUpCompleted(person(record),
                f.id(), f.session(), f.deliveredBy(), f.length(), f.reviewedModuleBeforehand(),
                f.probationServiceDeviceUsed(), f.exercisesDiscussed(), f.attendance(), f.preWorkContact(),
                f.referralIds(), f.moduleVersion(), f.recordedBy(), f.recordedAt(), detailUrl(record)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(ReadinessRecord record, ModuleCompletion completion) {
        publish(record, ReadinessEvent.MODULE_COMPLETED, new ReadinessEvent.ModuleCompleted(person(record),
                completion.completedOn(), completion.recordedAt(), completion.moduleVersion(), referralIds(record),
                completion.recordedBy(), detailUrl(record)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revisited(ReadinessRecord record, Revisit revisit) {
        Revisit.View r = revisit.view();
        publish(record, ReadinessEvent.MODULE_REVISITED, new ReadinessEvent.ModuleRevisited(person(record), r.id(),
                r.session(), r.deliveredBy(), r.exercisesRevisited(),
                record.completion().map(ModuleCompletion::completedOn).orElse(null), r.moduleVersion(),
                r.recordedBy(), r.recordedAt(), detailUrl(record)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void assessed(ReadinessRecord record, Assessment assessment) {
        Assessment.View a = assessment.view();
        publish(record, ReadinessEvent.ASSESSED, new ReadinessEvent.Assessed(person(record), a.id(), a.assessedAt(),
                a.ready(), a.barriers(), a.concernId(), a.referralIds(), a.assessedBy(), detailUrl(record)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void concernRaised(ReadinessRecord record, Concern concern) {
        Concern.View c = concern.view();
        publish(record, ReadinessEvent.CONCERN_RAISED, new ReadinessEvent.ConcernRaised(person(record), c.id(),
                c.raisedAt(), c.raisedBy(), c.barriers(), c.recommendSentencePlanReassessment(), c.addressedTo(),
                c.practitioners(), c.regions(), detailUrl(record)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void booked(ReadinessRecord record, FollowUpBooking booking) {
        FollowUpBooking.View b = booking.view();
        publish(record, ReadinessEvent.FOLLOW_UP_BOOKED, new ReadinessEvent.FollowUpBooked(person(record), b.id(),
                b.session(), b.deliveredBy(), b.length(), b.probationServiceDevice(), b.referralIds(), b.bookedBy(),
                b.bookedAt(), bookingUrl(record, b)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingClosed(ReadinessRecord record, FollowUpBooking booking) {
        FollowUpBooking.View b = booking.view();
        publish(record, ReadinessEvent.FOLLOW_UP_BOOKING_CLOSED, new ReadinessEvent.FollowUpBookingClosed(
                person(record), b.id(), b.status(), b.session(), b.attendance(), b.cancellationReason(), b.followUpId(),
                b.closedBy(), b.closedAt(), bookingUrl(record, b)));
    }

    private void publish(ReadinessRecord record, String type, Object data) {
        outbox.publish(new OutgoingEvent(config.eventsTopic(), record.crn(), type, record.crn(), data));
    }

    private static PersonReference person(ReadinessRecord record) {
        return PersonReference.crn(record.crn());
    }

    private static List<UUID> referralIds(ReadinessRecord record) {
        return record.activeReferrals().stream().map(LinkedReferral::referralId).toList();
    }

    private String bookingUrl(ReadinessRecord record, FollowUpBooking.View booking) {
        return detailUrl(record) + "/follow-up-bookings/" + booking.id();
    }

    private String detailUrl(ReadinessRecord record) {
        return config.baseUrl() + "/people/" + record.crn() + "/readiness";
    }
}
