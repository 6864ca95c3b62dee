package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Contact;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.PersonRar;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarRequirement;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTally;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence.ContactRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence.Persons;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence.RarRequirementRepository;

/**
 * How every change to a person's contacts or requirements runs: lock the person, note their RAR days, make the change,
 * and publish {@code rar.days-changed} for each requirement whose days it altered, all in one transaction.
 */
@ApplicationScoped
public class PersonChanges {

    private final Persons persons;
    private final ContactRepository contacts;
    private final RarRequirementRepository requirements;
    private final ContactEvents events;
    private final Clock clock;

    PersonChanges(Persons persons, ContactRepository contacts, RarRequirementRepository requirements,
            ContactEvents events, Clock clock) {
        this.persons = persons;
        this.contacts = contacts;
        this.requirements = requirements;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T apply(String crn, Supplier<T> change) {
        persons.lock(crn);
        PersonRar before = rar(crn);
        T result = change.get();
        contacts.flush();
        events.daysChanged(before, rar(crn), OffsetDateTime.now(clock));
        return result;
    }

    /** The person's RAR days as committed, or as changed so far in this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PersonRar rar(String crn) {
        return PersonRar.of(crn, requirementsOf(crn),
                contacts.ofPerson(crn).stream().map(Contact::activity).toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RarTally.Terms> requirementsOf(String crn) {
        return requirements.ofPerson(crn).stream().map(RarRequirement::terms).toList();
    }
}
