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

/** Step 1: the module was introduced to the person. It happens once. */
@Entity
@Table(name = "introduction")
public class Introduction extends SessionRecord {

    /** What the record shows of the introduction. */
    @Schema(name = "Introduction", description = "Step 1: the introduction to the module")
    public record View(UUID id, Session session, Deliverer deliveredBy, boolean aboutPageWalkedThrough,
            boolean contentsPageWalkedThrough, boolean formatExplained, List<ExerciseCode> exercisesOverviewed,
            boolean paperCopyGiven, boolean suitableDevice, String technologicalBarriers, int moduleVersion,
            String notes, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Column(name = "about_page_walked_through")
    private boolean aboutPageWalkedThrough;

    @Column(name = "contents_page_walked_through")
    private boolean contentsPageWalkedThrough;

    @Column(name = "format_explained")
    private boolean formatExplained;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exercises_overviewed", columnDefinition = "jsonb")
    private List<ExerciseCode> exercisesOverviewed;

    @Column(name = "paper_copy_given")
    private boolean paperCopyGiven;

    @Column(name = "suitable_device")
    private boolean suitableDevice;

    @Column(name = "technological_barriers")
    private String technologicalBarriers;

    protected Introduction() {
    }

    Introduction(IntroductionDetails details, Deliverer deliveredBy, int moduleVersion, String by, OffsetDateTime at) {
        super(details.session(), deliveredBy, moduleVersion, details.notes(), by, at);
        this.aboutPageWalkedThrough = details.aboutPageWalkedThrough();
        this.contentsPageWalkedThrough = details.contentsPageWalkedThrough();
        this.formatExplained = details.formatExplained();
        this.exercisesOverviewed = ExerciseCodes.sorted(details.exercisesOverviewed());
        this.paperCopyGiven = details.paperCopyGiven();
        this.suitableDevice = details.suitableDevice();
        this.technologicalBarriers = details.technologicalBarriers();
    }

    public boolean suitableDevice() {
        return suitableDevice;
    }

    public View view() {
        return new View(id(), session(), deliveredBy(), aboutPageWalkedThrough, contentsPageWalkedThrough, formatExplained,
                List.copyOf(exercisesOverviewed), paperCopyGiven, suitableDevice, technologicalBarriers, moduleVersion(),
                notes(), recordedBy(), recordedAt());
    }
}
