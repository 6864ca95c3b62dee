package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;

/**
 * What this service reads of the events on {@code referral.events} (schemas {@code docs/events/referral-*.schema.json}):
 * which referral, of whom, to what, in which probation region (its catalogue code), its status now, who moved it,
 * when, and its version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralReport(UUID referralId, PersonReference personReference, UUID interventionId,
        String interventionName, String region, String to, String changedBy, OffsetDateTime changedAt, Long version,
        String detailUrl) {

    public static final String SUBMITTED = "structured-interventions.referral.submitted";
    public static final String STATUS_CHANGED = "structured-interventions.referral.status-changed";
    public static final String WITHDRAWN = "structured-interventions.referral.withdrawn";
}
