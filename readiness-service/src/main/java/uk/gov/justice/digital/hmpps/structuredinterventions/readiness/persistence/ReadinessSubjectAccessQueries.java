package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpBooking;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.LinkedReferral;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecord;

/** The reads a subject access request makes: everything held about one person, read-only and never locked. */
@ApplicationScoped
public class ReadinessSubjectAccessQueries {

    private final EntityManager entityManager;

    ReadinessSubjectAccessQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The person's readiness record, if the service has heard of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReadinessRecord> recordOf(String crn) {
        return Optional.ofNullable(entityManager.find(ReadinessRecord.class, crn,
                Map.of(HibernateHints.HINT_READ_ONLY, true)));
    }

    /** Every referral the person's record was kept for, withdrawn ones included, earliest linked first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LinkedReferral> referralsOf(String crn) {
        return entityManager.createQuery("""
                select l from ReadinessRecord r join r.referrals l where r.crn = :crn order by l.linkedAt""",
                LinkedReferral.class).setParameter("crn", crn).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** Every follow-up the person had booked ahead, however it ended, the earliest session first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FollowUpBooking> bookingsOf(String crn) {
        return entityManager.createQuery("""
                select b from FollowUpBooking b where b.crn = :crn
                order by b.session.date, b.session.startTime, b.id""", FollowUpBooking.class)
                .setParameter("crn", crn).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }
}
