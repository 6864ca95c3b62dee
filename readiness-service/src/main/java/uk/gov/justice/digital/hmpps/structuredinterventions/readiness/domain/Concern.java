package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * An unresolved issue that could compromise the person's participation, communicated to the probation practitioner and
 * the Treatment Manager, who acknowledges it. It may carry a recommendation to reassess the sentence plan. It affects
 * the probation regions of the referrals its assessment was made for (none when no referral was open), and so appears
 * on the list of each of those regions' Treatment Managers.
 */
@Entity
@Table(name = "concern")
public class Concern {

    /** Whom a concern is addressed to: the practitioners named and the region's Treatment Manager. */
    public static final List<String> ADDRESSED_TO = List.of("PROBATION_PRACTITIONER", "TREATMENT_MANAGER");

    /** What the record shows of a concern. */
    @Schema(name = "Concern", description = "An unresolved issue raised by a readiness assessment")
    public record View(UUID id, String description, List<ReadinessBarrier> barriers,
            boolean recommendSentencePlanReassessment, List<String> addressedTo, List<String> practitioners,
            @Schema(description = "The probation regions of the referrals the assessment was made for, in the "
                    + "catalogue's order; empty when no referral was open", example = "[\"london\"]")
            List<String> regions,
            String raisedBy, OffsetDateTime raisedAt, boolean acknowledged, String acknowledgedBy,
            OffsetDateTime acknowledgedAt, String acknowledgementNotes) {
    }

    @Id
    private UUID id;

    /** The person's CRN: written by the record's collection (its join column), read here for lists of concerns. */
    @Column(name = "crn", insertable = false, updatable = false)
    private String crn;

    private String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private List<ReadinessBarrier> barriers;

    @Column(name = "recommend_sentence_plan_reassessment")
    private boolean recommendSentencePlanReassessment;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private List<String> practitioners;

    /** One row per region, written by this collection's join column; read a page's worth at a time. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "concern_id", nullable = false, updatable = false)
    @BatchSize(size = 100)
    private Set<ConcernRegion> regions = new HashSet<>();

    @Column(name = "raised_by")
    private String raisedBy;

    @Column(name = "raised_at")
    private OffsetDateTime raisedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledgement_notes")
    private String acknowledgementNotes;

    protected Concern() {
    }

    Concern(String description, List<ReadinessBarrier> barriers, boolean recommendSentencePlanReassessment,
            List<String> practitioners, Collection<String> regions, String by, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.description = description;
        this.barriers = List.copyOf(barriers);
        this.recommendSentencePlanReassessment = recommendSentencePlanReassessment;
        this.practitioners = List.copyOf(practitioners);
        this.raisedBy = by;
        this.raisedAt = at;
        regions.forEach(this::affects);
    }

    public UUID id() {
        return id;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /**
     * The Treatment Manager has read the concern.
     *
     * @throws ProblemException (409) when it was acknowledged already
     */
    void acknowledge(String notes, String by, OffsetDateTime at) {
        if (acknowledged()) {
            throw ProblemException.conflict("The concern was acknowledged already, by " + acknowledgedBy + " at "
                    + acknowledgedAt);
        }
        acknowledgedBy = by;
        acknowledgedAt = at;
        acknowledgementNotes = notes;
        regions.forEach(ConcernRegion::acknowledge);
    }

    /**
     * The concern affects a referral in the region: it joins that region's list. A region already held, or none,
     * changes nothing.
     */
    void affects(String region) {
        if (region == null || regions().contains(region)) {
            return;
        }
        ConcernRegion added = new ConcernRegion(region, raisedAt);
        if (acknowledged()) {
            added.acknowledge();
        }
        regions.add(added);
    }

    /** The regions the concern affects, in the catalogue's order (any code it does not know last, alphabetically). */
    public List<String> regions() {
        return regions.stream().map(ConcernRegion::region)
                .sorted(Comparator.comparingInt((String code) -> order(code)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static int order(String code) {
        int position = ProbationRegions.CODES.indexOf(code);
        return position < 0 ? ProbationRegions.CODES.size() : position;
    }

    /** The CRN of the person the concern is about; null until the concern has been saved and read again. */
    public String crn() {
        return crn;
    }

    public View view() {
        return new View(id, description, List.copyOf(barriers), recommendSentencePlanReassessment, ADDRESSED_TO,
                List.copyOf(practitioners), regions(), raisedBy, raisedAt, acknowledged(), acknowledgedBy,
                acknowledgedAt, acknowledgementNotes);
    }
}
