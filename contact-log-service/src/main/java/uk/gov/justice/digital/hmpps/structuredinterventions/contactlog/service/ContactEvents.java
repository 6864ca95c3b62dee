package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.config.ContactLogConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Contact;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactView;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactOutcome;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.PersonRar;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTally;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events.ContactLogEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox.Outbox;

/**
 * Writes contact and RAR events to the outbox in the transaction of the change, keyed by the CRN. Contact events are
 * written after a flush, so the version they carry is the one the contact was saved with.
 */
@ApplicationScoped
public class ContactEvents {

    private final Outbox outbox;
    private final ContactLogConfig config;

    ContactEvents(Outbox outbox, ContactLogConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(Contact contact) {
        ContactView c = contact.view();
        publish(c.crn(), ContactLogEvent.CONTACT_RECORDED, new ContactLogEvent.ContactRecorded(person(c.crn()), c.id(),
                c.urn(), c.type(), c.date(), c.startTime(), c.endTime(), c.deliveredBy(), c.outcome(),
                c.rarActivity(), c.referralId(), c.rarRequirementId(), c.source(), c.recordedBy(), c.recordedAt(),
                c.version(), contactUrl(c)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void outcomeUpdated(Contact contact, ContactOutcome previous) {
        ContactView c = contact.view();
        publish(c.crn(), ContactLogEvent.CONTACT_OUTCOME_UPDATED, new ContactLogEvent.ContactOutcomeUpdated(
                person(c.crn()), c.id(), c.urn(), c.type(), c.date(), previous, c.outcome(), c.rarActivity(),
                c.rarRequirementId(), c.updatedBy(), c.updatedAt(), c.version(), contactUrl(c)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Contact contact) {
        ContactView c = contact.view();
        publish(c.crn(), ContactLogEvent.CONTACT_CANCELLED, new ContactLogEvent.ContactCancelled(person(c.crn()), c.id(),
                c.urn(), c.type(), c.date(), c.cancelledAt(), c.updatedBy(), c.version(), contactUrl(c)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void linked(Contact contact) {
        ContactView c = contact.view();
        publish(c.crn(), ContactLogEvent.CONTACT_RAR_REQUIREMENT_LINKED, new ContactLogEvent.ContactRarRequirementLinked(
                person(c.crn()), c.id(), c.urn(), c.date(), c.rarRequirementId(), c.updatedBy(), c.updatedAt(),
                c.version(), contactUrl(c)));
    }

    /** One event for each of the person's requirements whose RAR days the change altered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void daysChanged(PersonRar before, PersonRar after, OffsetDateTime at) {
        for (RarTally tally : after.changedSince(before)) {
            int previousDaysUsed = before.tallyOf(tally.terms().requirementId()).map(RarTally::daysUsed).orElse(0);
            publish(after.crn(), ContactLogEvent.RAR_DAYS_CHANGED, new ContactLogEvent.RarDaysChanged(
                    person(after.crn()), tally.terms().requirementId(), tally.terms().maximumDays(), tally.daysUsed(),
                    tally.daysRemaining(), tally.daysBeyondMaximum().size(), previousDaysUsed, tally.countedDates(),
                    at, config.baseUrl() + "/people/" + after.crn() + "/rar"));
        }
    }

    private void publish(String crn, String type, Object data) {
        outbox.publish(new OutgoingEvent(config.eventsTopic(), crn, type, crn, data));
    }

    private static PersonReference person(String crn) {
        return PersonReference.crn(crn);
    }

    private String contactUrl(ContactView contact) {
        return config.baseUrl() + "/contacts/" + contact.id();
    }
}
