package uk.gov.justice.digital.hmpps.structuredinterventions.referral.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReadinessBarrier;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;

/**
 * The readiness events this service acts on, from {@code readiness.events} (keyed by CRN); their schemas are
 * {@code docs/events/readiness-module-completed.schema.json} and {@code readiness-assessed.schema.json}.
 */
public final class ReadinessReports {

    public static final String MODULE_COMPLETED = "structured-interventions.readiness.module-completed";
    public static final String ASSESSED = "structured-interventions.readiness.assessed";

    private ReadinessReports() {
    }

    /** The person completed the pre-intervention module (once; revisits are other events). */
    public record ModuleCompleted(PersonReference personReference, OffsetDateTime completedAt) {
    }

    /**
     * The person was assessed ready, or not ready with the barriers found, for the referrals named in
     * {@code referralIds}. An event from before assessments named their referrals has none ({@code null}).
     */
    public record Assessed(PersonReference personReference, UUID assessmentId, OffsetDateTime assessedAt,
            Boolean ready, List<ReadinessBarrier> barriers, List<UUID> referralIds) {
    }
}
