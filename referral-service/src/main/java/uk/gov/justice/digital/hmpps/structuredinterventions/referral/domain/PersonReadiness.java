package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * What the readiness service has reported about a person (CRN) as a whole: whether the pre-intervention module is
 * complete. Completion belongs to the person: the module completes once and counts for every referral of theirs,
 * later ones included. Readiness belongs to each referral ({@link Referral#assessed}). Reports may arrive twice or
 * out of order: a later report of completion changes nothing.
 */
@Entity
@Table(name = "person_readiness")
public class PersonReadiness {

    @Id
    private String crn;

    @Column(name = "module_completed_at")
    private OffsetDateTime moduleCompletedAt;

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
        boolean first = moduleCompletedAt == null;
        moduleCompletedAt = at;
        return first;
    }

    /** Whether the person has completed the module. */
    public boolean moduleComplete() {
        return moduleCompletedAt != null;
    }

    public String crn() {
        return crn;
    }
}
