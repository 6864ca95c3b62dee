package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Contact;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactOutcome;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactType;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Deliverer;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.DelivererRole;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events.ReadinessReport;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence.ContactRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PoisonEventException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.ReceivedEvent;

/**
 * Makes contacts from the steps of the pre-intervention module on {@code readiness.events}: the introduction (a contact,
 * not a RAR activity), each follow-up (the pre-work contact, with its attendance as the outcome, so a missed one, or one
 * where the person attended but failed to comply, counts for nothing) and the completion (a RAR activity, once per person). A revisit makes no contact and so adds no RAR day.
 * A follow-up booked ahead is a contact with no outcome yet under the booking's id; the follow-up it becomes has the
 * same id, so it gives that one contact its outcome, and a cancelled booking marks it cancelled.
 * Runs in the inbox's transaction; each step also names its contact, so it makes one contact however often it is heard.
 */
@ApplicationScoped
public class ModuleContacts {

    private static final Logger LOG = Logger.getLogger(ModuleContacts.class);
    private static final String FOLLOW_UP = "readiness:follow-up:";

    private final ContactRepository contacts;
    private final PersonChanges changes;
    private final ContactEvents events;
    private final ObjectMapper json;
    private final Clock clock;

    ModuleContacts(ContactRepository contacts, PersonChanges changes, ContactEvents events, ObjectMapper json,
            Clock clock) {
        this.contacts = contacts;
        this.changes = changes;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ReceivedEvent event) {
        if (ReadinessReport.FOLLOW_UP_BOOKING_CLOSED.equals(event.type())) {
            closeBooking(event);
            return;
        }
        ContactType type = switch (event.type()) {
            case ReadinessReport.MODULE_INTRODUCED -> ContactType.PIM_INTRODUCTION;
            case ReadinessReport.FOLLOW_UP_COMPLETED, ReadinessReport.FOLLOW_UP_BOOKED -> ContactType.PIM_FOLLOW_UP;
            case ReadinessReport.MODULE_COMPLETED -> ContactType.PIM_COMPLETION;
            default -> null;
        };
        if (type == null) {
            LOG.debugf("Event %s of type %s makes no contact", event.id(), event.type());
            return;
        }
        ReadinessReport report = event.dataAs(ReadinessReport.class, json);
        String crn = event.crnOf(report.personReference());
        Contact.ModuleStep step = step(event, type, crn, report);
        OffsetDateTime now = OffsetDateTime.now(clock);
        changes.apply(crn, () -> {
            Optional<Contact> known = contacts.findBySource(step.sourceReference());
            if (known.isPresent()) {
                // A follow-up booked ahead has the booking's id, so it names the booked contact: that contact takes its
                // outcome, and nDelius keeps the one URN. Heard again, or for any other step, nothing changes.
                Contact contact = known.get();
                if (contact.outcomeFromModuleStep(step, now)) {
                    contacts.flush();
                    events.outcomeUpdated(contact, null);
                    return contact;
                }
                LOG.debugf("The contact of %s is already recorded", step.sourceReference());
                return null;
            }
            if (type == ContactType.PIM_COMPLETION && contacts.moduleCompletionOf(crn).isPresent()) {
                LOG.infof("The module's completion for %s was recorded by hand before module contacts came from "
                        + "readiness-service alone; event %s adds none", crn, event.id());
                return null;
            }
            Contact contact = Contact.fromModuleStep(step, changes.requirementsOf(crn), now);
            contacts.persist(contact);
            contacts.flush();
            events.recorded(contact);
            return contact;
        });
    }

    /**
     * A booking closed: a cancelled one marks its booked contact cancelled. A delivered or missed one changes nothing
     * here: the follow-up it became (published just before, under the booking's id) gave the contact its outcome.
     */
    private void closeBooking(ReceivedEvent event) {
        ReadinessReport report = event.dataAs(ReadinessReport.class, json);
        String crn = event.crnOf(report.personReference());
        String outcome = required(event, "outcome", report.outcome());
        if (!ReadinessReport.BOOKING_CANCELLED.equals(outcome)) {
            LOG.debugf("Booking %s was %s: its follow-up gives the contact its outcome", report.bookingId(), outcome);
            return;
        }
        String source = FOLLOW_UP + required(event, "bookingId", report.bookingId());
        String by = required(event, "closedBy", report.closedBy());
        OffsetDateTime now = OffsetDateTime.now(clock);
        changes.apply(crn, () -> {
            Optional<Contact> booked = contacts.findBySource(source);
            if (booked.isEmpty()) {
                LOG.infof("Booking %s was cancelled, but no contact was made of it", report.bookingId());
                return null;
            }
            Contact contact = booked.get();
            if (!contact.cancel(by, now)) {
                LOG.debugf("The contact of %s is already cancelled or has an outcome", source);
                return null;
            }
            contacts.flush();
            events.cancelled(contact);
            return contact;
        });
    }

    private static Contact.ModuleStep step(ReceivedEvent event, ContactType type, String crn, ReadinessReport report) {
        UUID referralId = report.referralIds() == null || report.referralIds().isEmpty()
                ? null : report.referralIds().get(0);
        String recordedBy = event.type().equals(ReadinessReport.FOLLOW_UP_BOOKED) ? report.bookedBy()
                : required(event, "recordedBy", report.recordedBy());
        return switch (type) {
            case PIM_COMPLETION -> new Contact.ModuleStep("readiness:module-completion:" + crn, crn, type,
                    required(event, "completedOn", report.completedOn()), null, null, null,
                    ContactOutcome.ATTENDED_COMPLIED, referralId, recordedBy);
            case PIM_INTRODUCTION -> session(event, type, crn, report, "readiness:introduction:"
                    + required(event, "introductionId", report.introductionId()), ContactOutcome.ATTENDED_COMPLIED,
                    referralId, recordedBy);
            default -> event.type().equals(ReadinessReport.FOLLOW_UP_BOOKED)
                    // Booked: a contact in the future with no outcome yet, under the booking's id, which the follow-up
                    // it becomes will share.
                    ? session(event, type, crn, report, FOLLOW_UP + required(event, "bookingId", report.bookingId()),
                            null, referralId, required(event, "bookedBy", report.bookedBy()))
                    : session(event, type, crn, report, FOLLOW_UP + required(event, "followUpId", report.followUpId()),
                            value(event, "attendance", ContactOutcome.class, report.attendance()), referralId,
                            recordedBy);
        };
    }

    private static Contact.ModuleStep session(ReceivedEvent event, ContactType type, String crn,
            ReadinessReport report, String source, ContactOutcome outcome, UUID referralId, String recordedBy) {
        ReadinessReport.Session session = required(event, "session", report.session());
        ReadinessReport.DeliveredBy by = required(event, "deliveredBy", report.deliveredBy());
        LocalTime start = required(event, "session.startTime", session.startTime());
        LocalTime end = required(event, "session.endTime", session.endTime());
        if (!end.isAfter(start)) {
            // The contact could never be stored (a contact ends after it starts): retrying cannot help.
            throw new PoisonEventException("event " + event.id() + " of type " + event.type()
                    + " has a session.endTime that is not after its session.startTime");
        }
        return new Contact.ModuleStep(source, crn, type, required(event, "session.date", session.date()), start, end,
                new Deliverer(required(event, "deliveredBy.name", by.name()),
                        value(event, "deliveredBy.role", DelivererRole.class, by.role())),
                outcome, referralId, recordedBy);
    }

    private static <T> T required(ReceivedEvent event, String field, T value) {
        if (value == null) {
            throw new PoisonEventException("event " + event.id() + " of type " + event.type() + " lacks " + field);
        }
        return value;
    }

    private static <E extends Enum<E>> E value(ReceivedEvent event, String field, Class<E> type, String name) {
        try {
            return Enum.valueOf(type, required(event, field, name));
        } catch (IllegalArgumentException e) {
            // Not the value: it is whatever the producer put there, a person's details included.
            throw new PoisonEventException("event " + event.id() + " of type " + event.type() + " has an unknown "
                    + field);
        }
    }
}
