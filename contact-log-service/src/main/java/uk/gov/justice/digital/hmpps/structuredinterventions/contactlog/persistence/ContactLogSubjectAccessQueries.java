package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Contact;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarRequirement;

/** The reads a subject access request makes: everything held about one person, read-only and never locked. */
@ApplicationScoped
public class ContactLogSubjectAccessQueries {

    private final EntityManager entityManager;

    ContactLogSubjectAccessQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** All of the person's contacts, earliest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Contact> contactsOf(String crn) {
        return entityManager.createQuery("from Contact where crn = :crn order by date, startTime, id", Contact.class)
                .setParameter("crn", crn).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** All of the person's RAR requirements, earliest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RarRequirement> requirementsOf(String crn) {
        return entityManager.createQuery("from RarRequirement where crn = :crn order by startDate, requirementId",
                RarRequirement.class).setParameter("crn", crn).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }
}
