package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpBooking;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.LinkedReferral;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecord;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessSubjectAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence.ReadinessSubjectAccessQueries;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessPeriod;

/** Answers subject access requests: what readiness-service holds about a person. Reads only; writes nothing. */
@ApplicationScoped
public class ReadinessSubjectAccessService {

    private final ReadinessSubjectAccessQueries queries;

    ReadinessSubjectAccessService(ReadinessSubjectAccessQueries queries) {
        this.queries = queries;
    }

    /** What is held about the person in the period, read in one transaction; empty when nothing is. */
    @Transactional
    public Optional<ReadinessSubjectAccess> heldAbout(String crn, SubjectAccessPeriod period) {
        return queries.recordOf(crn).map(ReadinessRecord::view).flatMap(record -> ReadinessSubjectAccess.of(record,
                queries.referralsOf(crn).stream().map(LinkedReferral::view).toList(),
                queries.bookingsOf(crn).stream().map(FollowUpBooking::view).toList(), period));
    }
}
