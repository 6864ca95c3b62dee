package uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.PersonReadiness;

@ApplicationScoped
public class PersonReadinessRepository implements PanacheRepositoryBase<PersonReadiness, String> {
}
