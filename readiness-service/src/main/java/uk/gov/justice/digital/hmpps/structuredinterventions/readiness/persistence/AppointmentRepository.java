package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.AppointedRole;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Appointment;

@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, UUID> {

    /** One page of appointments, the earliest first: of one role or both, current or withdrawn or both. */
    public PanacheQuery<Appointment> find(AppointedRole role, Boolean current, int page, int size) {
        List<String> filters = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (role != null) {
            filters.add("role = :role");
            parameters.and("role", role);
        }
        if (current != null) {
            filters.add(current ? "withdrawnAt is null" : "withdrawnAt is not null");
        }
        String where = filters.isEmpty() ? "" : String.join(" and ", filters) + " ";
        return find(where + "order by appointedAt, id", parameters).page(Page.of(page, size));
    }

    /** Whether the person holds a current appointment in the role (user names compared without case). */
    public boolean currentlyAppointed(String userName, AppointedRole role) {
        return count("lower(userName) = lower(?1) and role = ?2 and withdrawnAt is null", userName.strip(), role) > 0;
    }

    /**
     * The appointment a session names, held with a share lock until the transaction ends, so that a withdrawal waits for
     * the session recorded under it, and a session recorded after the withdrawal sees it.
     */
    public Optional<Appointment> forSession(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_READ));
    }

    /** The appointment, locked for a change until the transaction ends. */
    public Optional<Appointment> locked(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }
}
