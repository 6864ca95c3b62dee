package uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.CatalogueIntervention;

@ApplicationScoped
public class CatalogueInterventionRepository implements PanacheRepositoryBase<CatalogueIntervention, UUID> {
}
