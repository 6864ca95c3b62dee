package uk.gov.justice.digital.hmpps.structuredinterventions.referral.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReadinessConcern;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReasonCode;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;

/**
 * Data of the events on {@code referral.events}, keyed by the person's CRN: the referral, the move that happened
 * (from, to, who, when, why) and where to read the referral; a readiness concern carries the concern and the
 * status the referral keeps. Schemas: {@code docs/events/referral-*.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralEvent(
        UUID referralId,
        PersonReference personReference,
        UUID interventionId,
        String interventionName,
        String region,
        String deliveryFormat,
        String deliveryMode,
        ReferralStatus from,
        ReferralStatus to,
        ReasonCode reasonCode,
        String reason,
        String changedBy,
        OffsetDateTime changedAt,
        long version,
        String detailUrl,
        ReadinessConcern.View readinessConcern) {

    /** A draft was submitted; the referral now awaits readiness. */
    public static final String SUBMITTED = "structured-interventions.referral.submitted";
    /** The referral moved from one status to another, other than by submission or withdrawal. */
    public static final String STATUS_CHANGED = "structured-interventions.referral.status-changed";
    /** The referral was withdrawn, with a reason code and a reason. */
    public static final String WITHDRAWN = "structured-interventions.referral.withdrawn";
    /**
     * An assessment made for an allocated or in-progress referral found the person not ready: the referral keeps its
     * status ({@code to}) and carries the concern for the Treatment Manager.
     */
    public static final String READINESS_CONCERN_RAISED = "structured-interventions.referral.readiness-concern-raised";
}
