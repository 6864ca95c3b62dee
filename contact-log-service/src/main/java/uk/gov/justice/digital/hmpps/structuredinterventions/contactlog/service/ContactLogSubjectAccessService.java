package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactLogSubjectAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence.ContactLogSubjectAccessQueries;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessPeriod;

/** Answers subject access requests: what contact-log-service holds about a person. Reads only; writes nothing. */
@ApplicationScoped
public class ContactLogSubjectAccessService {

    private final ContactLogSubjectAccessQueries queries;

    ContactLogSubjectAccessService(ContactLogSubjectAccessQueries queries) {
        this.queries = queries;
    }

    /** What is held about the person in the period, read in one transaction; empty when nothing is. */
    @Transactional
    public Optional<ContactLogSubjectAccess> heldAbout(String crn, SubjectAccessPeriod period) {
        return ContactLogSubjectAccess.of(crn, queries.contactsOf(crn), queries.requirementsOf(crn), period);
    }
}
