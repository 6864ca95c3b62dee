package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The latest readiness assessment made for a referral: which, when, and whether it found the person ready. An older
 * one, or one at the same moment, never replaces it.
 */
@Embeddable
public class ReferralReadiness {

    /** What the referral shows of it. */
    @Schema(name = "ReferralReadinessAssessment",
            description = "The latest readiness assessment made for this referral; null until one is made for it")
    public record View(UUID assessmentId, OffsetDateTime assessedAt, boolean ready) {
    }

    @Column(name = "readiness_assessment_id")
    private UUID assessmentId;

    @Column(name = "readiness_assessed_at")
    private OffsetDateTime assessedAt;

    @Column(name = "readiness_ready")
    private Boolean ready;

    protected ReferralReadiness() {
    }

    ReferralReadiness(ReadinessAssessment assessment) {
        this.assessmentId = assessment.id();
        this.assessedAt = Objects.requireNonNull(assessment.assessedAt(), "assessedAt");
        this.ready = assessment.ready();
    }

    /** Whether the assessment is later than this one, and so replaces it. */
    boolean replacedBy(ReadinessAssessment assessment) {
        return assessment.assessedAt().isAfter(assessedAt);
    }

    boolean ready() {
        return Boolean.TRUE.equals(ready);
    }

    View view() {
        return new View(assessmentId, assessedAt, ready());
    }
}
