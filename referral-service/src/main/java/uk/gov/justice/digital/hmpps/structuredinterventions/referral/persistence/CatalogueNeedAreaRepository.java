package uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.CatalogueNeedArea;

@ApplicationScoped
public class CatalogueNeedAreaRepository implements PanacheRepositoryBase<CatalogueNeedArea, String> {
}
