package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * This service's copy of a catalogue need area, kept from {@code catalogue.events} alone so that referrals go on
 * working while the catalogue service is down.
 */
@Entity
@Table(name = "catalogue_need_area")
public class CatalogueNeedArea {

    @Id
    private String code;

    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focus_areas", columnDefinition = "jsonb")
    private List<String> focusAreas;

    /** The catalogue's version of the need area this copy reflects. */
    @Column(name = "catalogue_version")
    private long catalogueVersion;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected CatalogueNeedArea() {
    }

    public CatalogueNeedArea(String code) {
        this.code = code;
        this.catalogueVersion = -1;
    }

    /**
     * Applies a catalogue change unless this copy already reflects the same or a later version: events that arrive
     * late or twice change nothing.
     *
     * @return whether the copy changed
     */
    public boolean apply(String name, List<String> focusAreas, long version, OffsetDateTime at) {
        if (version <= catalogueVersion) {
            return false;
        }
        this.name = name;
        this.focusAreas = List.copyOf(focusAreas);
        this.catalogueVersion = version;
        this.updatedAt = at;
        return true;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public List<String> focusAreas() {
        return focusAreas == null ? List.of() : List.copyOf(focusAreas);
    }

    public long catalogueVersion() {
        return catalogueVersion;
    }
}
