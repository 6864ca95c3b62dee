package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Contact;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactOutcome;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactView;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence.ContactRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit.Audit;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.LimitedAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time.UkTime;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;

/** Records contacts and their outcomes; each change publishes its contact event and any RAR days it altered. */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final PersonChanges changes;
    private final ContactEvents events;
    private final Clock clock;
    private final LimitedAccess limitedAccess;
    private final Audit audit;

    ContactService(ContactRepository contacts, PersonChanges changes, ContactEvents events, Clock clock,
            LimitedAccess limitedAccess, Audit audit) {
        this.limitedAccess = limitedAccess;
        this.audit = audit;
        this.contacts = contacts;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ContactView record(ContactDetails details, String by) {
        limitedAccess.requireAccess(details.crn());
        OffsetDateTime now = OffsetDateTime.now(clock);
        return audit.created("RECORD_CONTACT", changes.apply(details.crn(), () -> {
            Contact contact = Contact.record(details, changes.requirementsOf(details.crn()), today(now), by, now);
            contacts.persist(contact);
            contacts.flush();
            events.recorded(contact);
            return contact.view();
        }), ContactView::crn, ContactView::id);
    }

    @Transactional
    public ContactView get(UUID id) {
        return audit.read("READ_CONTACT", find(id).view(), ContactView::crn, id);
    }

    @Transactional
    public Page<ContactView> search(ContactSearch search, int page, int size) {
        // The list names one person: it is a read of that person's data, refused as a whole when restricted.
        limitedAccess.requireAccess(search.crn());
        var query = contacts.search(search, page, size);
        // One person's contacts: few enough to count exactly when the page cannot tell.
        return audit.searched("SEARCH_CONTACTS", search.crn(), Page.counted(query.list().stream().map(Contact::view)
                .toList(), page, size, limit -> Math.min(query.count(), limit)), ContactView::crn);
    }

    @Transactional
    public ContactView recordOutcome(UUID id, Long expectedVersion, ContactOutcome outcome, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Contact contact = find(id);
        return audit.changed("RECORD_CONTACT_OUTCOME", changes.apply(contact.crn(), () -> {
            contacts.getEntityManager().refresh(contact);
            ETags.requireCurrent(expectedVersion, contact.version(), "The contact");
            ContactOutcome previous = contact.outcome();
            if (contact.recordOutcome(outcome, today(now), by, now)) {
                contacts.flush();
                events.outcomeUpdated(contact, previous);
            }
            return contact.view();
        }), ContactView::crn, id);
    }

    /** The contact, once the caller may see its person: every read and write of a contact starts here. */
    private Contact find(UUID id) {
        Contact contact = contacts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Contact", id));
        limitedAccess.requireAccess(contact.crn());
        return contact;
    }

    static LocalDate today(OffsetDateTime now) {
        return UkTime.dateOf(now);
    }
}
