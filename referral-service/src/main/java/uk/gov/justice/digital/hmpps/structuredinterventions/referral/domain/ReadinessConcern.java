package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Readiness lost after allocation: an assessment made for an allocated or in-progress referral found the person not
 * ready. The referral keeps its status, since taking the person off the intervention is the Treatment Manager's
 * decision, and carries the concern until a later assessment made for it finds the person ready.
 */
@Embeddable
public class ReadinessConcern {

    /** What the referral shows of it. */
    @Schema(name = "ReadinessConcern", description = "An assessment made for this referral found the person not "
            + "ready after it was allocated; it is there for the Treatment Manager, and stands until a later "
            + "assessment finds the person ready. Null when there is none")
    public record View(UUID assessmentId, OffsetDateTime assessedAt, List<ReadinessBarrier> barriers,
            OffsetDateTime raisedAt) {
    }

    @Column(name = "readiness_concern_assessment_id")
    private UUID assessmentId;

    @Column(name = "readiness_concern_assessed_at")
    private OffsetDateTime assessedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "readiness_concern_barriers", columnDefinition = "jsonb")
    private List<ReadinessBarrier> barriers;

    @Column(name = "readiness_concern_raised_at")
    private OffsetDateTime raisedAt;

    protected ReadinessConcern() {
    }

    ReadinessConcern(ReadinessAssessment assessment, OffsetDateTime raisedAt) {
        this.assessmentId = assessment.id();
        this.assessedAt = assessment.assessedAt();
        this.barriers = List.copyOf(assessment.barriers());
        this.raisedAt = raisedAt;
    }

    public View view() {
        return new View(assessmentId, assessedAt, barriers == null ? List.of() : List.copyOf(barriers), raisedAt);
    }
}
