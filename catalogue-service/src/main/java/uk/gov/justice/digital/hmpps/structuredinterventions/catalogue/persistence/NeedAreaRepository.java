package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.NeedArea;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.NeedAreaCode;

@ApplicationScoped
public class NeedAreaRepository implements PanacheRepositoryBase<NeedArea, NeedAreaCode> {

    public List<NeedArea> listInCodeOrder() {
        return list("order by code");
    }

    /** Need areas that the seed migration loaded and the service has not yet announced, locked. */
    public List<NeedArea> awaitingAnnouncement() {
        return find("announceOnStart = true order by code").withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
