package uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.Referral;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.LimitedAccess;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** Submitted and open, held ones included: a person has at most one such referral to an intervention. */
    private static final List<ReferralStatus> ACTIVE = Arrays.stream(ReferralStatus.values())
            .filter(status -> status.isOpen() && status != ReferralStatus.DRAFT).toList();

    /** Submitted, open and not held: the referrals readiness reports reach. */
    private static final List<ReferralStatus> REACHED_BY_READINESS = ACTIVE.stream()
            .filter(status -> !status.isHeld()).toList();

    /** Whether the person has another submitted, open referral to the intervention. */
    public boolean activeExists(String crn, UUID interventionId, UUID except) {
        return count("crn = ?1 and interventionId = ?2 and id <> ?3 and status in ?4", crn, interventionId, except,
                ACTIVE) > 0;
    }

    /** The person's referrals that wait on readiness. */
    public List<Referral> waitingOnReadiness(String crn) {
        return list("crn = ?1 and status in ?2 order by createdAt", crn,
                List.of(ReferralStatus.AWAITING_READINESS, ReferralStatus.SUITABLE_BUT_NOT_READY));
    }

    /**
     * The person's submitted referrals that are still open and not held, which an assessment may be made for, oldest
     * first.
     */
    public List<Referral> openAfterSubmission(String crn) {
        return list("crn = ?1 and status in ?2 order by createdAt", crn, REACHED_BY_READINESS);
    }

    /** Reads the referral again, as committed now (after a lock was taken). */
    public void reload(Referral referral) {
        getEntityManager().refresh(referral);
    }

    /**
     * One page of matching referrals, newest first or oldest first. Each filter, and each pair the lists use (status
     * with region, the referrer with status), has an index in that order (V4, V7), so a page reads its rows alone
     * however many match. Oldest first is exactly the reverse order ({@code created_at ASC, id DESC}), which
     * PostgreSQL reads from the same indexes backwards.
     */
    public List<Referral> search(ReferralSearch search, LimitedAccess.ListFilter visible, int page, int size) {
        List<Filter> filters = filters(search);
        Parameters parameters = new Parameters();
        filters.forEach(filter -> parameters.and(filter.field(), filter.value()));
        List<String> conditions = new ArrayList<>(
                filters.stream().map(filter -> "r." + filter.field() + " = :" + filter.field()).toList());
        if (visible.applies()) {
            conditions.add(visible.jpql("r.crn"));
            parameters.and(LimitedAccess.PARAMETER, visible.userName());
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        String order = search.order() == ReferralSearch.Order.OLDEST ? "order by r.createdAt asc, r.id desc"
                : "order by r.createdAt desc, r.id";
        return find("from Referral r " + where + order, parameters)
                .page(Page.of(page, size)).list();
    }

    /**
     * How many referrals match, counting no further than {@code limit}. In SQL, without the page's order (HQL allows
     * a limit in a subquery only with one), so PostgreSQL counts the first index entries it meets and stops.
     */
    public long countUpTo(ReferralSearch search, LimitedAccess.ListFilter visible, long limit) {
        List<Filter> filters = filters(search);
        List<String> conditions = new ArrayList<>(
                filters.stream().map(filter -> "r." + filter.column() + " = :" + filter.field()).toList());
        if (visible.applies()) {
            conditions.add(visible.sql("r.crn"));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var query = getEntityManager().createNativeQuery(
                "SELECT count(*) FROM (SELECT 1 FROM referral r" + where + " LIMIT :limit) matching", Long.class);
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

    private static List<Filter> filters(ReferralSearch search) {
        List<Filter> filters = new ArrayList<>();
        if (search.crn() != null) {
            filters.add(new Filter("crn", "crn", search.crn()));
        }
        if (search.region() != null) {
            filters.add(new Filter("region", "region", search.region()));
        }
        if (search.status() != null) {
            filters.add(new Filter("status", "status", search.status()));
        }
        if (search.interventionId() != null) {
            filters.add(new Filter("interventionId", "intervention_id", search.interventionId()));
        }
        if (search.referredBy() != null) {
            filters.add(new Filter("referredBy", "referred_by", search.referredBy()));
        }
        return filters;
    }
}
