package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An assessment of whether the person is ready to take part. The latest one stands. */
@Entity
@Table(name = "assessment")
public class Assessment {

    /** What the record shows of an assessment. */
    public record View(UUID id, boolean ready, List<ReadinessBarrier> barriers, String notes, UUID concernId,
            String assessedBy, OffsetDateTime assessedAt) {
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

    @Column(name = "assessed_by")
    private String assessedBy;

    @Column(name = "assessed_at")
    private OffsetDateTime assessedAt;

    protected Assessment() {
    }

    Assessment(AssessmentDetails details, UUID concernId, String by, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.ready = details.ready();
        this.barriers = details.barriers().isEmpty() ? List.of()
                : List.copyOf(java.util.EnumSet.copyOf(details.barriers()));
        this.notes = details.notes();
        this.concernId = concernId;
        this.assessedBy = by;
        this.assessedAt = at;
    }

    public boolean ready() {
        return ready;
    }

    public OffsetDateTime assessedAt() {
        return assessedAt;
    }

    public View view() {
        return new View(id, ready, List.copyOf(barriers), notes, concernId, assessedBy, assessedAt);
    }
}
