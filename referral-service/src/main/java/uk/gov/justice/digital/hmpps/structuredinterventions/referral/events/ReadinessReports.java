package uk.gov.justice.digital.hmpps.structuredinterventions.referral.events;

import java.time.OffsetDateTime;
import java.util.List;
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

    /** The person was assessed ready, or not ready with the barriers found. */
    public record Assessed(PersonReference personReference, OffsetDateTime assessedAt, Boolean ready,
            List<ReadinessBarrier> barriers) {
    }
}
