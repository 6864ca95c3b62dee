package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecord;

@ApplicationScoped
public class ReadinessRecordRepository implements PanacheRepositoryBase<ReadinessRecord, String> {

    /**
     * The person's record, opened empty if there is none yet, and locked until the transaction ends. Every change to a
     * record, from a practitioner or from a referral event, takes this lock first, so the rules are checked against
     * what the others committed. An opened record that nothing was added to goes when its transaction rolls back.
     */
    public ReadinessRecord lockOrOpen(String crn, OffsetDateTime at) {
        ReadinessRecord opened = ReadinessRecord.open(crn, at);
        getEntityManager().createNativeQuery("""
                INSERT INTO readiness_record (crn, opened_at, updated_by, updated_at, version)
                VALUES (:crn, :at, :by, :at, 0) ON CONFLICT (crn) DO NOTHING""")
                .setParameter("crn", crn).setParameter("at", at).setParameter("by", opened.view().updatedBy())
                .executeUpdate();
        return locked(crn).orElseThrow();
    }

    /**
     * The person's record, if there is one, locked until the transaction ends. The row is locked before the record is
     * read, so the record is read as the last change committed it. (Hibernate's own lock on a record read together with
     * its introduction takes the lock only after reading, with a second statement, and a change committed in between
     * then fails as an optimistic-lock conflict instead of waiting its turn.)
     */
    public Optional<ReadinessRecord> locked(String crn) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT crn FROM readiness_record WHERE crn = :crn FOR UPDATE")
                .setParameter("crn", crn).getResultList();
        return rows.isEmpty() ? Optional.empty() : findByIdOptional(crn);
    }
}
