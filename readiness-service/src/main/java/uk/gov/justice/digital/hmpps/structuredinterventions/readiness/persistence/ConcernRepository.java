package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
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
    public List<Concern> find(ConcernSearch search, int page, int size) {
        Parameters parameters = new Parameters();
        String query;
        if (search.region() == null) {
            query = "from Concern c" + acknowledged(" where c.acknowledgedAt", search.acknowledged())
                    + " order by c.raisedAt, c.id";
        } else {
            parameters.and("region", search.region());
            query = "select c from Concern c join c.regions r where r.region = :region"
                    + (search.acknowledged() == null ? "" : " and r.acknowledged = " + search.acknowledged())
                    + " order by r.raisedAt, c.id";
        }
        return find(query, parameters).page(Page.of(page, size)).list();
    }

    /**
     * How many concerns match, counting no further than {@code limit}. In SQL, without the page's order (HQL allows a
     * limit in a subquery only with one), so PostgreSQL counts the first index entries it meets and stops.
     */
    public long countUpTo(ConcernSearch search, long limit) {
        String matching = search.region() == null
                ? "SELECT 1 FROM concern" + acknowledged(" WHERE acknowledged_at", search.acknowledged())
                : "SELECT 1 FROM concern_region WHERE region = :region"
                        + (search.acknowledged() == null ? "" : search.acknowledged() ? " AND acknowledged"
                                : " AND NOT acknowledged");
        var query = getEntityManager().createNativeQuery(
                "SELECT count(*) FROM (" + matching + " LIMIT :limit) matching", Long.class);
        if (search.region() != null) {
            query.setParameter("region", search.region());
        }
        return ((Number) query.setParameter("limit", limit).getSingleResult()).longValue();
    }

    private static String acknowledged(String column, Boolean acknowledged) {
        return acknowledged == null ? "" : acknowledged ? column + " is not null" : column + " is null";
    }
}
