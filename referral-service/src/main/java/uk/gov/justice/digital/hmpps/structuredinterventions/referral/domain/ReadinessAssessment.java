package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A readiness assessment as readiness-service reported it: ready, or not ready with the barriers found, and the
 * referrals it was made for. Readiness belongs to a referral, so an assessment counts only for the referrals it
 * names ({@link #covers}).
 *
 * @param referralIds the referrals the assessment was made for; {@code null} for an event from before assessments
 *        named them
 */
public record ReadinessAssessment(UUID id, OffsetDateTime assessedAt, boolean ready, List<ReadinessBarrier> barriers,
        List<UUID> referralIds) {

    public ReadinessAssessment {
        barriers = ready || barriers == null ? List.of() : List.copyOf(barriers);
        referralIds = referralIds == null ? null : List.copyOf(referralIds);
    }

    /**
     * Whether the assessment was made for the referral: it names it. An assessment from before assessments named their
     * referrals stands for the referrals that had been submitted by the time it was made, as readiness-service would
     * have named them; a referral submitted later waits for an assessment of its own.
     */
    public boolean covers(UUID referralId, OffsetDateTime submittedAt) {
        if (referralIds != null) {
            return referralIds.contains(referralId);
        }
        return submittedAt != null && !submittedAt.isAfter(assessedAt);
    }
}
