package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * The person's completion of the module: the day they completed it, the module version completed, the practitioner's
 * notes, and who recorded it when. The module completes once, so a record keeps one for good; everything after it is
 * a revisit, which comes no earlier.
 */
@Embeddable
public class ModuleCompletion {

    /** What the record shows of the completion. */
    @Schema(name = "ModuleCompletion", description = "The completion of the module: once per person")
    public record View(LocalDate completedOn, int moduleVersion, String notes, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completion_module_version")
    private int moduleVersion;

    @Column(name = "completion_notes")
    private String notes;

    @Column(name = "completed_by")
    private String recordedBy;

    @Column(name = "completed_at")
    private OffsetDateTime recordedAt;

    protected ModuleCompletion() {
    }

    private ModuleCompletion(LocalDate completedOn, int moduleVersion, String notes, String recordedBy,
            OffsetDateTime recordedAt) {
        this.completedOn = completedOn;
        this.moduleVersion = moduleVersion;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * A completion as the practitioner records it. It is dated no later than {@code today} and no earlier than
     * {@code coveredOn}, the day the attended follow-ups had covered every exercise.
     *
     * @throws ProblemException (422) naming {@code completedOn} when it is outside those days
     */
    public static ModuleCompletion of(CompletionDetails details, int moduleVersion, LocalDate coveredOn,
            LocalDate today, String by, OffsetDateTime at) {
        List<FieldError> broken = new ArrayList<>();
        if (details.completedOn().isAfter(today)) {
            broken.add(new FieldError("completedOn", "must not be in the future"));
        } else if (details.completedOn().isBefore(coveredOn)) {
            broken.add(new FieldError("completedOn",
                    "must not be before " + coveredOn + ", when the follow-ups had covered every exercise"));
        }
        ProblemException.throwIfBroken("The completion cannot be recorded", broken);
        return new ModuleCompletion(details.completedOn(), moduleVersion, details.notes(), by, at);
    }

    /** A session after completion is a revisit, on the completion day or later: an error under {@code field} if not. */
    public List<FieldError> checkNotBefore(String field, LocalDate date) {
        if (date != null && date.isBefore(completedOn)) {
            return List.of(new FieldError(field, "must not be before the completion on " + completedOn));
        }
        return List.of();
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public int moduleVersion() {
        return moduleVersion;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public View view() {
        return new View(completedOn, moduleVersion, notes, recordedBy, recordedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModuleCompletion that && moduleVersion == that.moduleVersion
                && Objects.equals(completedOn, that.completedOn) && Objects.equals(notes, that.notes)
                && Objects.equals(recordedBy, that.recordedBy) && Objects.equals(recordedAt, that.recordedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(completedOn, moduleVersion, notes, recordedBy, recordedAt);
    }
}
