package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Concern;

@ApplicationScoped
public class ConcernRepository implements PanacheRepositoryBase<Concern, UUID> {

    /**
     * One page of concerns, the longest waiting first: all of them, or only those acknowledged ({@code true}) or not yet
     * ({@code false}).
     */
    public PanacheQuery<Concern> find(Boolean acknowledged, int page, int size) {
        String filter = acknowledged == null ? "" : acknowledged ? "acknowledgedAt is not null " : "acknowledgedAt is null ";
        return find(filter + "order by raisedAt, id").page(Page.of(page, size));
    }
}
