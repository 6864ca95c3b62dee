package uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.Referral;

/** The reads a subject access request makes: everything held about one person, read-only. */
@ApplicationScoped
public class ReferralSubjectAccessQueries {

    private final EntityManager entityManager;

    ReferralSubjectAccessQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** All of the person's referrals, drafts included, with their status history, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Referral> referralsOf(String crn) {
        return entityManager.createQuery("""
                select distinct r from Referral r left join fetch r.history
                where r.crn = :crn order by r.createdAt""", Referral.class)
                .setParameter("crn", crn).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** When the readiness service reported that the person completed the module, if it has. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OffsetDateTime> moduleCompletedAt(String crn) {
        return entityManager.createQuery(
                "select p.moduleCompletedAt from PersonReadiness p where p.crn = :crn", OffsetDateTime.class)
                .setParameter("crn", crn).getResultStream().filter(at -> at != null).findFirst();
    }
}
