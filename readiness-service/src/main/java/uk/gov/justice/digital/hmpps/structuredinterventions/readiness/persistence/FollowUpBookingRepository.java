package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpBooking;

@ApplicationScoped
public class FollowUpBookingRepository implements PanacheRepositoryBase<FollowUpBooking, UUID> {

    /** The person's booking, if it is theirs. */
    public Optional<FollowUpBooking> ofPerson(String crn, UUID bookingId) {
        return find("id = ?1 and crn = ?2", bookingId, crn).firstResultOptional();
    }

    /** One page of the person's bookings, of one status or all, the earliest session first. */
    public List<FollowUpBooking> ofPerson(String crn, FollowUpBooking.Status status, int page, int size) {
        String order = " order by session.date, session.startTime, id";
        return (status == null ? find("crn = ?1" + order, crn) : find("crn = ?1 and status = ?2" + order, crn, status))
                .page(Page.of(page, size)).list();
    }

    /** How many of the person's bookings match, at most {@code limit}: one person's, few enough to count exactly. */
    public long countUpTo(String crn, FollowUpBooking.Status status, long limit) {
        return Math.min(limit, status == null ? count("crn = ?1", crn) : count("crn = ?1 and status = ?2", crn, status));
    }
}
