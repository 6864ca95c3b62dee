package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.LimitedAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecord;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessSummary;

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
                INSERT INTO readiness_record (crn, opened_at, updated_by, updated_at, version, status, status_since)
                VALUES (:crn, :at, :by, :at, 0, :status, :at) ON CONFLICT (crn) DO NOTHING""")
                .setParameter("crn", crn).setParameter("at", at).setParameter("by", opened.view().updatedBy())
                .setParameter("status", opened.summary().status().name())
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

    /**
     * One page of the records that match, as a list shows them, read from the record's own row alone (its status, when
     * it took it and who introduced the module are kept on it at every change). Each combination of the filters has an
     * index in the order of the page (V6), {@code status_since, crn}, read forwards for the oldest first and backwards
     * for the newest, so a page reads its own index entries however many records there are.
     */
    public List<ReadinessSummary> search(ReadinessSearch search, LimitedAccess.ListFilter visible, int page, int size) {
        List<Filter> filters = filters(search);
        List<String> conditions = new ArrayList<>(
                filters.stream().map(filter -> "r." + filter.field() + " = :" + filter.field()).toList());
        if (visible.applies()) {
            conditions.add(visible.jpql("r.crn"));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String order = search.order() == ReadinessSearch.Order.NEWEST ? " order by r.statusSince desc, r.crn desc"
                : " order by r.statusSince, r.crn";
        var query = getEntityManager().createQuery("select new " + ReadinessSummary.class.getName()
                + "(r.crn, r.listedStatus, r.statusSince, r.introducedBy, r.openedAt, r.updatedAt, r.version)"
                + " from ReadinessRecord r" + where + order, ReadinessSummary.class);
        filters.forEach(filter -> query.setParameter(filter.field(), filter.value()));
        if (visible.applies()) {
            query.setParameter(LimitedAccess.PARAMETER, visible.userName());
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /**
     * How many records match, counting no further than {@code limit}: in SQL without the page's order, so PostgreSQL
     * counts the first index entries it meets and stops.
     */
    public long countUpTo(ReadinessSearch search, LimitedAccess.ListFilter visible, long limit) {
        List<Filter> filters = filters(search);
        List<String> conditions = new ArrayList<>(
                filters.stream().map(filter -> "r." + filter.column() + " = :" + filter.field()).toList());
        if (visible.applies()) {
            conditions.add(visible.sql("r.crn"));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var query = getEntityManager().createNativeQuery(
                "SELECT count(*) FROM (SELECT 1 FROM readiness_record r" + where + " LIMIT :limit) matching",
                Long.class);
        filters.forEach(filter -> query.setParameter(filter.field(),
                filter.value() instanceof Enum<?> value ? value.name() : filter.value()));
        if (visible.applies()) {
            query.setParameter(LimitedAccess.PARAMETER, visible.userName());
        }
        return ((Number) query.setParameter("limit", limit).getSingleResult()).longValue();
    }

    /** One filter of a search: the entity's field, its column, and the value it must equal. */
    private record Filter(String field, String column, Object value) {
    }

    private static List<Filter> filters(ReadinessSearch search) {
        List<Filter> filters = new ArrayList<>();
        if (search.status() != null) {
            filters.add(new Filter("listedStatus", "status", search.status()));
        }
        if (search.introducedBy() != null) {
            filters.add(new Filter("introducedBy", "introduced_by", search.introducedBy()));
        }
        return filters;
    }
}
