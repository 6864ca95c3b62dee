package uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.PersonReadiness;

@ApplicationScoped
public class PersonReadinessRepository implements PanacheRepositoryBase<PersonReadiness, String> {

    /**
     * The person's readiness, created empty if this service has heard nothing of them yet, and locked until the
     * transaction ends. A submission and a readiness report for one person take this lock first, so each sees what
     * the other committed and neither misses the other.
     */
    public PersonReadiness lockOrCreate(String crn) {
        getEntityManager().createNativeQuery(
                "INSERT INTO person_readiness (crn, version) VALUES (:crn, 0) ON CONFLICT (crn) DO NOTHING")
                .setParameter("crn", crn).executeUpdate();
        return findById(crn, LockModeType.PESSIMISTIC_WRITE);
    }
}
