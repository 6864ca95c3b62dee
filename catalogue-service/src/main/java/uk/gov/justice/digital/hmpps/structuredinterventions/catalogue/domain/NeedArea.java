package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * A need area (reference data): what Structured Interventions in it aim at, and the focus areas they work on. The
 * seed lists its focus areas; a catalogue administrator may revise the wording.
 */
@Entity
@Table(name = "need_area")
public class NeedArea {

    public static final int MAX_FOCUS_AREAS = 12;

    @Id
    @Enumerated(EnumType.STRING)
    private NeedAreaCode code;

    private String name;

    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "need_area_focus_area", joinColumns = @JoinColumn(name = "need_area_code"))
    @OrderColumn(name = "position")
    @Column(name = "focus_area")
    private List<String> focusAreas = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    /** Set by the seed migration: the service announces such a need area on its events topic when it starts. */
    @Column(name = "announce_on_start")
    private boolean announceOnStart;

    protected NeedArea() {
    }

    public NeedArea(NeedAreaCode code, String name, String description, List<String> focusAreas) {
        this.code = code;
        revise(name, description, focusAreas, null, null);
    }

    /**
     * Replaces the wording of this need area. A need area keeps at least one focus area, and no focus area twice.
     *
     * @throws ProblemException naming each broken rule
     */
    public void revise(String name, String description, List<String> focusAreas, String by, OffsetDateTime at) {
        List<FieldError> broken = new ArrayList<>();
        if (focusAreas == null || focusAreas.isEmpty()) {
            broken.add(new FieldError("focusAreas", "must list at least one focus area"));
        } else {
            broken.addAll(TextLists.repeats("focusAreas", focusAreas));
        }
        ProblemException.throwIfBroken("The need area " + code + " cannot be changed like this", broken);
        this.name = name.strip();
        this.description = description.strip();
        this.focusAreas = TextLists.stripped(focusAreas);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Marks a need area loaded by the seed migration as announced. */
    public void announced() {
        this.announceOnStart = false;
    }

    public NeedAreaCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> focusAreas() {
        return List.copyOf(focusAreas);
    }

    public long version() {
        return version;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
