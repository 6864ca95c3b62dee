package uk.gov.justice.digital.hmpps.structuredinterventions.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.config.ReferralConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReadinessConcern;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.Referral;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralView;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.StatusChange;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.ReferralEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence.ReferralRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox.Outbox;

/** Writes an event for each status move to the outbox, in the transaction of the move. */
@ApplicationScoped
public class ReferralEvents {

    private final Outbox outbox;
    private final ReferralRepository referrals;
    private final ReferralConfig config;

    ReferralEvents(Outbox outbox, ReferralRepository referrals, ReferralConfig config) {
        this.outbox = outbox;
        this.referrals = referrals;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(Referral referral, StatusChange change) {
        referrals.flush();
        ReferralView view = referral.view();
        String type = change.to() == ReferralStatus.WITHDRAWN ? ReferralEvent.WITHDRAWN
                : change.from() == ReferralStatus.DRAFT ? ReferralEvent.SUBMITTED
                : ReferralEvent.STATUS_CHANGED;
        ReferralEvent data = new ReferralEvent(view.id(), PersonReference.crn(view.crn()), view.interventionId(),
                view.interventionName(), view.region(), view.deliveryFormat().name(), view.deliveryMode().name(),
                change.from(), change.to(), change.reasonCode(), change.reason(), change.changedBy(), change.changedAt(),
                view.version(), config.baseUrl() + "/referrals/" + view.id(), null);
        outbox.publish(new OutgoingEvent(config.eventsTopic(), view.crn(), type, view.id().toString(), data));
    }

    /** An assessment made for the referral found the person not ready where no readiness move goes back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readinessConcernRaised(Referral referral, ReadinessConcern concern) {
        referrals.flush();
        ReferralView view = referral.view();
        ReadinessConcern.View raised = concern.view();
        ReferralEvent data = new ReferralEvent(view.id(), PersonReference.crn(view.crn()), view.interventionId(),
                view.interventionName(), view.region(), view.deliveryFormat().name(), view.deliveryMode().name(),
                null, view.status(), null, null, Referral.READINESS_SERVICE, raised.raisedAt(), view.version(),
                config.baseUrl() + "/referrals/" + view.id(), raised);
        outbox.publish(new OutgoingEvent(config.eventsTopic(), view.crn(), ReferralEvent.READINESS_CONCERN_RAISED,
                view.id().toString(), data));
    }
}
