package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One probation region a concern affects: the region of a referral the concern's assessment was made for. It copies
 * the concern's {@code raisedAt} and whether it is acknowledged, so that one index on {@code concern_region} serves a
 * region's list of concerns in its order, the longest waiting first (V4). Owned by its {@link Concern}.
 */
@Entity
@Table(name = "concern_region")
public class ConcernRegion {

    @Id
    private UUID id;

    private String region;

    @Column(name = "raised_at")
    private OffsetDateTime raisedAt;

    private boolean acknowledged;

    protected ConcernRegion() {
    }

    ConcernRegion(String region, OffsetDateTime raisedAt) {
        this.id = UUID.randomUUID();
        this.region = region;
        this.raisedAt = raisedAt;
    }

    String region() {
        return region;
    }

    void acknowledge() {
        acknowledged = true;
    }
}
