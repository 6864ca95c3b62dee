package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessStatus.NextSteps;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;

/** A person's readiness record as a list shows it: where they stand, since when, and who introduced the module. */
@Schema(name = "ReadinessSummary", description = "A person's readiness record in a list; the whole record is at "
        + "/people/{crn}/readiness")
public record ReadinessSummary(
        @Schema(example = "X123456", pattern = PersonReference.CRN_PATTERN) String crn,
        ReadinessStatus status,
        @Schema(example = "Hold the follow-up session on the person's reflections.", description = "The status's next "
                + "step; each status has its own", enumeration = {NextSteps.INTRODUCE, NextSteps.REFER,
                        NextSteps.FOLLOW_UP, NextSteps.COMPLETE, NextSteps.ASSESS, NextSteps.NONE,
                        NextSteps.WORK_ON_BARRIERS}) String nextStep,
        @Schema(description = "When the record took its current status") OffsetDateTime statusSince,
        @Schema(description = "Who recorded the introduction to the module; null before it",
                example = "A_PRACTITIONER") String introducedBy,
        OffsetDateTime openedAt,
        OffsetDateTime updatedAt,
        @Schema(description = "The record's version, as its ETag carries it", example = "3") long version) {

    /** The summary of a record in {@code status}, with its next step. */
    public ReadinessSummary(String crn, ReadinessStatus status, OffsetDateTime statusSince, String introducedBy,
            OffsetDateTime openedAt, OffsetDateTime updatedAt, long version) {
        this(crn, status, status == null ? null : status.nextStep(), statusSince, introducedBy, openedAt, updatedAt,
                version);
    }
}
