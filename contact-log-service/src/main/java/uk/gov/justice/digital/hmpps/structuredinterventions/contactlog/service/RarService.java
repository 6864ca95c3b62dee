package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Contact;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.PersonRar;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarLinks;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarRequirement;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarRequirementDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTally;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence.ContactRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence.Persons;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence.RarRequirementRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit.Audit;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.LimitedAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

/** Registers RAR requirements from nDelius and answers each person's RAR days. */
@ApplicationScoped
public class RarService {

    /** A requirement as registered, and whether this registration created it. */
    public record Registration(boolean created, RarRequirement.View requirement) {
    }

    private final RarRequirementRepository requirements;
    private final ContactRepository contacts;
    private final PersonChanges changes;
    private final Persons persons;
    private final ContactEvents events;
    private final Clock clock;
    private final LimitedAccess limitedAccess;
    private final Audit audit;

    RarService(RarRequirementRepository requirements, ContactRepository contacts, PersonChanges changes,
            Persons persons, ContactEvents events, Clock clock, LimitedAccess limitedAccess, Audit audit) {
        this.limitedAccess = limitedAccess;
        this.audit = audit;
        this.persons = persons;
        this.requirements = requirements;
        this.contacts = contacts;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers the requirement, or updates it to what nDelius now holds. RAR activities already recorded that link to
     * no requirement, and that it is now the only requirement to cover, count towards it from now on.
     */
    @Transactional
    public Registration register(RarRequirementDetails details, String by) {
        limitedAccess.requireAccess(details.crn());
        OffsetDateTime now = OffsetDateTime.now(clock);
        return audit.changed("REGISTER_RAR_REQUIREMENT", changes.apply(details.crn(), () -> {
            RarRequirement requirement = requirements.findByIdOptional(details.requirementId()).orElse(null);
            boolean created = requirement == null;
            if (created) {
                requirement = RarRequirement.register(details, by, now);
                requirements.persist(requirement);
            } else {
                requirement.update(details, by, now);
            }
            requirements.flush();
            linkUnlinkedActivities(requirement, by, now);
            return new Registration(created, requirement.view());
        }), registration -> registration.requirement().crn(), details.requirementId());
    }

    /** The person's RAR days, once anything has been recorded of them. */
    @Transactional
    public PersonRar rarOf(String crn) {
        limitedAccess.requireAccess(crn);
        if (!persons.known(crn)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Nothing is recorded for " + crn
                    + ": no contact and no RAR requirement");
        }
        audit.read("READ_RAR_DAYS", crn, crn);
        return changes.rar(crn);
    }

    private void linkUnlinkedActivities(RarRequirement requirement, String by, OffsetDateTime now) {
        List<RarTally.Terms> all = changes.requirementsOf(requirement.crn());
        for (Contact contact : contacts.ofPerson(requirement.crn())) {
            if (contact.rarActivity() && contact.rarRequirementId() == null
                    && RarLinks.requirementFor(contact.date(), all).filter(id -> id == requirement.requirementId())
                            .isPresent()) {
                contact.linkTo(requirement.requirementId(), by, now);
                contacts.flush();
                events.linked(contact);
            }
        }
    }
}
