package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An assessment of whether the person is ready to take part, made for the referrals open when it was made
 * ({@code referralIds}): readiness belongs to a referral, so a referral made later needs an assessment of its own. The
 * latest one stands.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    /** What the record shows of an assessment. */
    @Schema(name = "Assessment", description = "An assessment of whether the person is ready to take part")
    public record View(UUID id, boolean ready, List<ReadinessBarrier> barriers, String notes, UUID concernId,
            List<UUID> referralIds, String assessedBy, OffsetDateTime assessedAt) {
    }

    @Id
    private UUID id;

    private boolean ready;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private List<ReadinessBarrier> barriers;

    private String notes;

    @Column(name = "concern_id")
    private UUID concernId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "referral_ids", columnDefinition = "jsonb")
    private List<UUID> referralIds;

    @Column(name = "assessed_by")
    private String assessedBy;

    @Column(name = "assessed_at")
    private OffsetDateTime assessedAt;

    protected Assessment() {
    }

    Assessment(AssessmentDetails details, UUID concernId, List<UUID> referralIds, String by, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.ready = details.ready();
        this.barriers = details.barriers().isEmpty() ? List.of()
                : List.copyOf(java.util.EnumSet.copyOf(details.barriers()));
        this.notes = details.notes();
        this.concernId = concernId;
        this.referralIds = List.copyOf(referralIds);
        this.assessedBy = by;
        this.assessedAt = at;
    }

    public boolean ready() {
        return ready;
    }

    public OffsetDateTime assessedAt() {
        return assessedAt;
    }

    /** The concern the assessment raised, or null. */
    public UUID concernId() {
        return concernId;
    }

    /** Whether the assessment was made for the referral. */
    public boolean covers(UUID referralId) {
        return referralIds != null && referralIds.contains(referralId);
    }

    public View view() {
        return new View(id, ready, List.copyOf(barriers), notes, concernId,
                referralIds == null ? List.of() : List.copyOf(referralIds), assessedBy, assessedAt);
    }
}
