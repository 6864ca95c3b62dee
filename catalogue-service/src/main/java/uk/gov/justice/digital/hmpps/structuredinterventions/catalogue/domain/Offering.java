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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text.Texts;

/**
 * A region's delivery of an intervention: in which formats and modes, and on what basis. Part of the intervention
 * aggregate: it is opened, changed and closed only through {@link Intervention}, which checks the rules.
 */
@Entity
@Table(name = "offering")
public class Offering {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intervention_id")
    private Intervention intervention;

    @Column(name = "region_code")
    private String region;

    @ElementCollection
    @CollectionTable(name = "offering_delivery_format", joinColumns = @JoinColumn(name = "offering_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "format")
    private Set<DeliveryFormat> deliveryFormats = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offering_delivery_mode", joinColumns = @JoinColumn(name = "offering_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "mode")
    private Set<DeliveryMode> deliveryModes = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private OfferingBasis basis;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Offering() {
    }

    Offering(Intervention intervention, String region, String by, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.intervention = intervention;
        this.region = region;
        this.openedBy = by;
        this.openedAt = at;
    }

    void setTerms(OfferingTerms terms, String by, OffsetDateTime at) {
        this.deliveryFormats = new HashSet<>(terms.deliveryFormats());
        this.deliveryModes = new HashSet<>(terms.deliveryModes());
        this.basis = terms.basis();
        this.decidedBy = Texts.blankToNull(terms.decidedBy());
        this.decidedOn = terms.decidedOn();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String region() {
        return region;
    }

    public Intervention intervention() {
        return intervention;
    }

    public Set<DeliveryFormat> deliveryFormats() {
        return deliveryFormats.isEmpty() ? Set.of() : EnumSet.copyOf(deliveryFormats);
    }

    public Set<DeliveryMode> deliveryModes() {
        return deliveryModes.isEmpty() ? Set.of() : EnumSet.copyOf(deliveryModes);
    }

    public OfferingBasis basis() {
        return basis;
    }

    InterventionView.Offering view() {
        return new InterventionView.Offering(region, Intervention.sorted(deliveryFormats), Intervention.sorted(deliveryModes),
                basis, decidedBy, decidedOn, openedBy, openedAt, updatedBy, updatedAt);
    }
}
