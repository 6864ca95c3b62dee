package uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.CatalogueReadPosition;

@ApplicationScoped
public class CatalogueReadPositionRepository implements PanacheRepositoryBase<CatalogueReadPosition, Integer> {

    /** Records that the partition has been read up to (not including) the offset; never moves a position back. */
    public void advance(int partition, long nextOffset) {
        getEntityManager().createNativeQuery("""
                INSERT INTO catalogue_read_position (topic_partition, next_offset) VALUES (?1, ?2)
                ON CONFLICT (topic_partition)
                DO UPDATE SET next_offset = GREATEST(catalogue_read_position.next_offset, EXCLUDED.next_offset)""")
                .setParameter(1, partition)
                .setParameter(2, nextOffset)
                .executeUpdate();
    }

    /** The next offset to read, by partition, for every partition the read model has read. */
    public Map<Integer, Long> positions() {
        return listAll().stream().collect(Collectors.toMap(CatalogueReadPosition::partition,
                CatalogueReadPosition::nextOffset));
    }
}
