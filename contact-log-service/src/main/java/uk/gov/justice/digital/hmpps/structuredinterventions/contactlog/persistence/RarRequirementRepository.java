package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarRequirement;

@ApplicationScoped
public class RarRequirementRepository implements PanacheRepositoryBase<RarRequirement, Long> {

    /** The person's requirements, earliest first. */
    public List<RarRequirement> ofPerson(String crn) {
        return list("crn = ?1 order by startDate, requirementId", crn);
    }
}
