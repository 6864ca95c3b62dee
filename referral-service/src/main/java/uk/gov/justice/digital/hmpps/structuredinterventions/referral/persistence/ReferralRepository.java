package uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.Referral;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** The filters of {@code GET /referrals}; each {@code null} matches everything. */
    public record Search(String crn, String region, ReferralStatus status, UUID interventionId) {
    }

    private static final List<ReferralStatus> ACTIVE = List.of(ReferralStatus.AWAITING_READINESS,
            ReferralStatus.SUITABLE_BUT_NOT_READY, ReferralStatus.READY_TO_ALLOCATE, ReferralStatus.ALLOCATED,
            ReferralStatus.IN_PROGRESS);

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

    /** One page of matching referrals, newest first. */
    public PanacheQuery<Referral> search(Search search, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (search.crn() != null) {
            where.add("crn = :crn");
            parameters.and("crn", search.crn());
        }
        if (search.region() != null) {
            where.add("region = :region");
            parameters.and("region", search.region());
        }
        if (search.status() != null) {
            where.add("status = :status");
            parameters.and("status", search.status());
        }
        if (search.interventionId() != null) {
            where.add("interventionId = :interventionId");
            parameters.and("interventionId", search.interventionId());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by createdAt desc, id";
        return find(query, parameters).page(Page.of(page, size));
    }
}
