package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.LimitedAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Concern;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ConcernSearch;

@ApplicationScoped
public class ConcernRepository implements PanacheRepositoryBase<Concern, UUID> {

    /**
     * One page of matching concerns, the longest waiting first. A region's list is read from {@code concern_region},
     * which copies each concern's {@code raised_at} and whether it is acknowledged, along an index in that order
     * ({@code concern_region_open} for those not yet acknowledged, {@code concern_region_by_region} otherwise: V4), so
     * a page reads its rows alone however many concerns other regions hold.
     */
    public List<Concern> find(ConcernSearch search, LimitedAccess.ListFilter visible, int page, int size) {
        Parameters parameters = new Parameters();
        String query;
        if (visible.applies()) {
            parameters.and(LimitedAccess.PARAMETER, visible.userName());
        }
        if (search.region() == null) {
            String acknowledged = acknowledged("c.acknowledgedAt", search.acknowledged());
            List<String> conditions = new ArrayList<>();
            if (!acknowledged.isEmpty()) {
                conditions.add(acknowledged);
            }
            if (visible.applies()) {
                conditions.add(visible.jpql("c.crn"));
            }
            query = "from Concern c" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                    + " order by c.raisedAt, c.id";
        } else {
            parameters.and("region", search.region());
            query = "select c from Concern c join c.regions r where r.region = :region"
                    + (search.acknowledged() == null ? "" : " and r.acknowledged = " + search.acknowledged())
                    + (visible.applies() ? " and " + visible.jpql("c.crn") : "")
                    + " order by r.raisedAt, c.id";
        }
        return find(query, parameters).page(Page.of(page, size)).list();
    }

    /**
     * How many concerns match, counting no further than {@code limit}. In SQL, without the page's order (HQL allows a
     * limit in a subquery only with one), so PostgreSQL counts the first index entries it meets and stops.
     */
    public long countUpTo(ConcernSearch search, LimitedAccess.ListFilter visible, long limit) {
        String matching;
        if (search.region() == null) {
            String acknowledged = acknowledged("acknowledged_at", search.acknowledged());
            List<String> conditions = new ArrayList<>();
            if (!acknowledged.isEmpty()) {
                conditions.add(acknowledged);
            }
            if (visible.applies()) {
                conditions.add(visible.sql("concern.crn"));
            }
            matching = "SELECT 1 FROM concern" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        } else {
            matching = "SELECT 1 FROM concern_region WHERE region = :region"
                    + (search.acknowledged() == null ? "" : search.acknowledged() ? " AND acknowledged"
                            : " AND NOT acknowledged")
                    + (visible.applies() ? " AND " + visible.sql(
                            "(SELECT c.crn FROM concern c WHERE c.id = concern_region.concern_id)") : "");
        }
        var query = getEntityManager().createNativeQuery(
                "SELECT count(*) FROM (" + matching + " LIMIT :limit) matching", Long.class);
        if (search.region() != null) {
            query.setParameter("region", search.region());
        }
        if (visible.applies()) {
            query.setParameter(LimitedAccess.PARAMETER, visible.userName());
        }
        return ((Number) query.setParameter("limit", limit).getSingleResult()).longValue();
    }

    private static String acknowledged(String column, Boolean acknowledged) {
        return acknowledged == null ? "" : acknowledged ? column + " is not null" : column + " is null";
    }
}
