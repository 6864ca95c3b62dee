package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * This service's copy of a catalogue intervention, with where it is offered, kept from {@code catalogue.events}
 * alone: each event carries the whole intervention and a rising version, so the copy is replaced by any later
 * version and left alone by an earlier or repeated one.
 */
@Entity
@Table(name = "catalogue_intervention")
public class CatalogueIntervention {

    /** Where and how a region offers the intervention. */
    public record OfferedIn(String region, List<String> deliveryFormats, List<String> deliveryModes) {
    }

    /** The facts of an intervention a referral is checked against. */
    public record Facts(String type, String status, String name, String needArea, Integer minimumAge,
            Integer maximumAge, List<String> sexes, List<String> offenceCohorts, List<OfferedIn> offerings) {
    }

    @Id
    private UUID id;

    @Column(name = "catalogue_version")
    private long catalogueVersion;

    private String type;

    private String status;

    private String name;

    @Column(name = "need_area")
    private String needArea;

    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Column(name = "maximum_age")
    private Integer maximumAge;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private List<String> sexes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "offence_cohorts", columnDefinition = "jsonb")
    private List<String> offenceCohorts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private List<OfferedIn> offerings;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected CatalogueIntervention() {
    }

    public CatalogueIntervention(UUID id) {
        this.id = id;
        this.catalogueVersion = -1;
    }

    /**
     * Replaces the copy with the catalogue's version {@code version}, unless the copy already reflects that version or
     * a later one.
     *
     * @return whether the copy changed
     */
    public boolean apply(long version, Facts facts, OffsetDateTime at) {
        if (version <= catalogueVersion) {
            return false;
        }
        this.catalogueVersion = version;
        this.type = facts.type();
        this.status = facts.status();
        this.name = facts.name();
        this.needArea = facts.needArea();
        this.minimumAge = facts.minimumAge();
        this.maximumAge = facts.maximumAge();
        this.sexes = List.copyOf(facts.sexes());
        this.offenceCohorts = List.copyOf(facts.offenceCohorts());
        this.offerings = List.copyOf(facts.offerings());
        this.updatedAt = at;
        return true;
    }

    public Facts facts() {
        return new Facts(type, status, name, needArea, minimumAge, maximumAge, sexes == null ? List.of() : sexes,
                offenceCohorts == null ? List.of() : offenceCohorts, offerings == null ? List.of() : offerings);
    }

    public Optional<OfferedIn> offeredIn(String region) {
        return facts().offerings().stream().filter(o -> o.region().equals(region)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long catalogueVersion() {
        return catalogueVersion;
    }
}
