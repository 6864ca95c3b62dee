package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every recorded session of the module has: when it took place, who delivered it, the module version used, notes,
 * and who recorded it when.
 */
@MappedSuperclass
abstract class SessionRecord {

    @Id
    private UUID id;

    @Embedded
    private Session session;

    @Embedded
    private Deliverer deliveredBy;

    @Column(name = "module_version")
    private int moduleVersion;

    private String notes;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected SessionRecord() {
    }

    protected SessionRecord(Session session, Deliverer deliveredBy, int moduleVersion, String notes, String by,
            OffsetDateTime at) {
        this(UUID.randomUUID(), session, deliveredBy, moduleVersion, notes, by, at);
    }

    /** A session recorded under an id given beforehand: a booked follow-up keeps its booking's id. */
    protected SessionRecord(UUID id, Session session, Deliverer deliveredBy, int moduleVersion, String notes, String by,
            OffsetDateTime at) {
        this.id = id;
        this.session = session;
        this.deliveredBy = deliveredBy;
        this.moduleVersion = moduleVersion;
        this.notes = notes;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public UUID id() {
        return id;
    }

    public Session session() {
        return session;
    }

    public Deliverer deliveredBy() {
        return deliveredBy;
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
}
