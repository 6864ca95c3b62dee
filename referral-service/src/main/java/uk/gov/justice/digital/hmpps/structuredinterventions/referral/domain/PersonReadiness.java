package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the readiness service has reported about a person (CRN): whether the pre-intervention module is complete, and
 * the latest readiness assessment. Reports may arrive twice or out of order: the module completes once, and an
 * assessment older than the one held changes nothing.
 */
@Entity
@Table(name = "person_readiness")
public class PersonReadiness {

    /** Where the person stands, as far as a referral is concerned. */
    public enum State {
        /** Module completed and assessed ready: the referral is ready to allocate. */
        READY,
        /** Assessed not ready: the referral is suitable but not ready, with the barriers named. */
        NOT_READY,
        /** Not yet both completed and assessed: the referral waits. */
        PENDING
    }

    @Id
    private String crn;

    @Column(name = "module_completed_at")
    private OffsetDateTime moduleCompletedAt;

    @Column(name = "assessed_at")
    private OffsetDateTime assessedAt;

    private Boolean ready;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private List<ReadinessBarrier> barriers;

    @Version
    private long version;

    protected PersonReadiness() {
    }

    public PersonReadiness(String crn) {
        this.crn = crn;
    }

    /** The module was completed. It completes once: a later report of completion changes nothing. */
    public boolean moduleCompleted(OffsetDateTime at) {
        if (moduleCompletedAt != null && !at.isBefore(moduleCompletedAt)) {
            return false;
        }
        moduleCompletedAt = at;
        return true;
    }

    /** The person was assessed. An assessment no later than the one held changes nothing. */
    public boolean assessed(OffsetDateTime at, boolean isReady, List<ReadinessBarrier> found) {
        if (assessedAt != null && !at.isAfter(assessedAt)) {
            return false;
        }
        assessedAt = at;
        ready = isReady;
        barriers = isReady ? List.of() : List.copyOf(found);
        return true;
    }

    public State state() {
        if (Boolean.FALSE.equals(ready)) {
            return State.NOT_READY;
        }
        return Boolean.TRUE.equals(ready) && moduleCompletedAt != null ? State.READY : State.PENDING;
    }

    public List<ReadinessBarrier> barriers() {
        return barriers == null ? List.of() : List.copyOf(barriers);
    }

    public String crn() {
        return crn;
    }
}
