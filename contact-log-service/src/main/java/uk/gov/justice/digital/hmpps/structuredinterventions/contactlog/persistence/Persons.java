package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The people this service has recorded anything of, and the lock on each one's contacts and requirements. Every change
 * takes the lock first, from a practitioner, from nDelius or from a readiness event, so the RAR tally before and after
 * a change is the one that change made, and two changes for the same person cannot both see "no completion yet".
 */
@ApplicationScoped
public class Persons {

    private final EntityManager entityManager;

    Persons(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether anything has been recorded of the person: a contact or a RAR requirement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean known(String crn) {
        return !entityManager.createNativeQuery("SELECT 1 FROM person WHERE crn = :crn").setParameter("crn", crn)
                .getResultList().isEmpty();
    }

    /** Locks the person's row until the transaction ends, adding it if this is the first record of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String crn) {
        entityManager.createNativeQuery("INSERT INTO person (crn) VALUES (:crn) ON CONFLICT (crn) DO NOTHING")
                .setParameter("crn", crn).executeUpdate();
        entityManager.createNativeQuery("SELECT crn FROM person WHERE crn = :crn FOR UPDATE")
                .setParameter("crn", crn).getSingleResult();
    }
}
