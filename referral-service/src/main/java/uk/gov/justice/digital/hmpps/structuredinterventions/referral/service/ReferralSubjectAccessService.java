package uk.gov.justice.digital.hmpps.structuredinterventions.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralSubjectAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence.ReferralSubjectAccessQueries;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessPeriod;

/** Answers subject access requests: what referral-service holds about a person. Reads only; writes nothing. */
@ApplicationScoped
public class ReferralSubjectAccessService {

    private final ReferralSubjectAccessQueries queries;

    ReferralSubjectAccessService(ReferralSubjectAccessQueries queries) {
        this.queries = queries;
    }

    /** What is held about the person in the period, read in one transaction; empty when nothing is. */
    @Transactional
    public Optional<ReferralSubjectAccess> heldAbout(String crn, SubjectAccessPeriod period) {
        return ReferralSubjectAccess.of(queries.referralsOf(crn), queries.moduleCompletedAt(crn).orElse(null), period);
    }
}
