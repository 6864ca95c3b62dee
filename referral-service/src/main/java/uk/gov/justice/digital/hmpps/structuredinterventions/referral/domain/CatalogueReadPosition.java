package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How far the catalogue read model has read one partition of {@code catalogue.events}: the offset of the next event,
 * kept with the events' effects so the read model, not the consumer group, says where to carry on.
 */
@Entity
@Table(name = "catalogue_read_position")
public class CatalogueReadPosition {

    @Id
    @Column(name = "topic_partition")
    private int partition;

    @Column(name = "next_offset")
    private long nextOffset;

    protected CatalogueReadPosition() {
    }

    public int partition() {
        return partition;
    }

    public long nextOffset() {
        return nextOffset;
    }
}
