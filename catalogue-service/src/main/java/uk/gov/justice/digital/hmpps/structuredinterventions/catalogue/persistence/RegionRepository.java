package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Region;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    public List<Region> listInOrder() {
        return list("order by position");
    }

    /**
     * Locks the regions, in code order so two transactions cannot deadlock, until the transaction ends. Changes that
     * could leave a region without a Structured Intervention in a need area take these locks first, so two such changes
     * in one region are checked one after the other.
     */
    public void lock(Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        find("code in ?1 order by code", codes).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
