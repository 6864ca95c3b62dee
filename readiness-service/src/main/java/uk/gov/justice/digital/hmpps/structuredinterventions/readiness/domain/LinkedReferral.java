package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral of the person, as referral-service reported it. Submitted referrals link; a withdrawn one is unlinked but
 * kept, so that a late or repeated report of it cannot link it again. Reports older than the one held change nothing.
 */
@Entity
@Table(name = "linked_referral")
public class LinkedReferral {

    /** The referral status that unlinks. */
    public static final String WITHDRAWN = "WITHDRAWN";
    /** A referral status after which no assessment is made for the referral. */
    public static final String COMPLETED = "COMPLETED";
    /**
     * The referral statuses after which no assessment is made for the referral: closed in referral-service without
     * being withdrawn (its ADR 0013).
     */
    public static final Set<String> CLOSED = Set.of(COMPLETED, "DESELECTED", "ENDED_WITHOUT_COMPLETION");

    /** What the record shows of a linked referral. */
    @Schema(name = "LinkedReferral", description = "A referral of the person that waits on the module, as referral-service reported it")
    public record View(UUID referralId, UUID interventionId, String interventionName,
            @Schema(example = "london", description = "The probation region's code, as the catalogue names it; null "
                    + "until referral-service reports it") String region,
            @Schema(example = "AWAITING_READINESS", description = "The referral's status in referral-service",
                    enumeration = {"AWAITING_READINESS", "SUITABLE_BUT_NOT_READY", "READY_TO_ALLOCATE", "ALLOCATED",
                        "IN_PROGRESS", "COMPLETED", "WITHDRAWN", "DEPRIORITISED", "ON_PROGRAMME", "RECALLED",
                        "RETURNED_TO_COURT", "DESELECTED", "ENDED_WITHOUT_COMPLETION"}) String status,
            String referredBy, OffsetDateTime linkedAt, String detailUrl) {
    }

    /** A report of the referral from referral-service; {@code region} is the probation region's code, if reported. */
    public record Report(UUID referralId, UUID interventionId, String interventionName, String region, String status,
            String changedBy, OffsetDateTime changedAt, long version, String detailUrl, boolean submission) {
    }

    @Id
    @Column(name = "referral_id")
    private UUID referralId;

    @Column(name = "intervention_id")
    private UUID interventionId;

    @Column(name = "intervention_name")
    private String interventionName;

    /** The probation region the referral was made in; null until a report names it (rows from before V4). */
    private String region;

    private String status;

    @Column(name = "referred_by")
    private String referredBy;

    @Column(name = "linked_at")
    private OffsetDateTime linkedAt;

    @Column(name = "unlinked_at")
    private OffsetDateTime unlinkedAt;

    @Column(name = "referral_version")
    private long referralVersion;

    @Column(name = "detail_url")
    private String detailUrl;

    protected LinkedReferral() {
    }

    LinkedReferral(Report report) {
        this.referralId = report.referralId();
        this.referralVersion = -1;
        apply(report);
    }

    /** Applies a report newer than the one held; returns whether anything changed. */
    boolean apply(Report report) {
        if (report.version() <= referralVersion) {
            return false;
        }
        referralVersion = report.version();
        interventionId = report.interventionId();
        interventionName = report.interventionName();
        status = report.status();
        if (report.region() != null) {
            region = report.region();
        }
        detailUrl = report.detailUrl();
        if (report.submission() || referredBy == null) {
            referredBy = report.changedBy();
        }
        if (linkedAt == null) {
            linkedAt = report.changedAt();
        }
        if (WITHDRAWN.equals(status)) {
            unlinkedAt = report.changedAt();
        }
        return true;
    }

    public UUID referralId() {
        return referralId;
    }

    public boolean linked() {
        return unlinkedAt == null;
    }

    /** Linked and not closed (completed, deselected, ended without completion): an assessment made now is made for it. */
    public boolean open() {
        return linked() && !CLOSED.contains(status);
    }

    public String referredBy() {
        return referredBy;
    }

    /** The probation region's code, or null while no report has named it. */
    public String region() {
        return region;
    }

    public View view() {
        return new View(referralId, interventionId, interventionName, region, status, referredBy, linkedAt, detailUrl);
    }
}
