package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A return to the module after it was completed. It never completes the module again. */
@Entity
@Table(name = "revisit")
public class Revisit {

    /** What the record shows of a revisit. */
    public record View(UUID id, Session session, Deliverer deliveredBy, List<ExerciseCode> exercisesRevisited,
            String reason, int moduleVersion, String notes, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Id
    private UUID id;

    @Embedded
    private Session session;

    @Embedded
    private Deliverer deliveredBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exercises_revisited", columnDefinition = "jsonb")
    private List<ExerciseCode> exercisesRevisited;

    private String reason;

    @Column(name = "module_version")
    private int moduleVersion;

    private String notes;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected Revisit() {
    }

    Revisit(RevisitDetails details, int moduleVersion, String by, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.session = details.session();
        this.deliveredBy = details.deliveredBy();
        this.exercisesRevisited = ExerciseCodes.sorted(details.exercisesRevisited());
        this.reason = details.reason();
        this.moduleVersion = moduleVersion;
        this.notes = details.notes();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public View view() {
        return new View(id, session, deliveredBy, List.copyOf(exercisesRevisited), reason, moduleVersion, notes,
                recordedBy, recordedAt);
    }
}
