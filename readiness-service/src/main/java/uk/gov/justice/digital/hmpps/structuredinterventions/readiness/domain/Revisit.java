package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A return to the module after it was completed. It never completes the module again. */
@Entity
@Table(name = "revisit")
public class Revisit extends SessionRecord {

    /** What the record shows of a revisit. */
    @Schema(name = "Revisit", description = "A revisit of the completed module")
    public record View(UUID id, Session session, Deliverer deliveredBy, List<ExerciseCode> exercisesRevisited,
            String reason, int moduleVersion, String notes, String recordedBy, OffsetDateTime recordedAt) {
    }

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exercises_revisited", columnDefinition = "jsonb")
    private List<ExerciseCode> exercisesRevisited;

    private String reason;

    protected Revisit() {
    }

    Revisit(RevisitDetails details, Deliverer deliveredBy, int moduleVersion, String by, OffsetDateTime at) {
        super(details.session(), deliveredBy, moduleVersion, details.notes(), by, at);
        this.exercisesRevisited = ExerciseCodes.sorted(details.exercisesRevisited());
        this.reason = details.reason();
    }

    public View view() {
        return new View(id(), session(), deliveredBy(), List.copyOf(exercisesRevisited), reason, moduleVersion(),
                notes(), recordedBy(), recordedAt());
    }
}
