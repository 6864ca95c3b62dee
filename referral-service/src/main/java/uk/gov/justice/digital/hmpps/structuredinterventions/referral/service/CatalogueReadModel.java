package uk.gov.justice.digital.hmpps.structuredinterventions.referral.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.CatalogueIntervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.CatalogueNeedArea;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.InterventionChanged;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.NeedAreaUpdated;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence.CatalogueInterventionRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence.CatalogueNeedAreaRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence.CatalogueReadPositionRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PoisonEventException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.ReceivedEvent;

/** Keeps this service's copy of the catalogue from catalogue events. Runs inside the inbox's transaction. */
@ApplicationScoped
public class CatalogueReadModel {

    private static final Logger LOG = Logger.getLogger(CatalogueReadModel.class);

    private final CatalogueNeedAreaRepository needAreas;
    private final CatalogueInterventionRepository interventions;
    private final CatalogueReadPositionRepository positions;
    private final ObjectMapper json;
    private final Clock clock;

    CatalogueReadModel(CatalogueNeedAreaRepository needAreas, CatalogueInterventionRepository interventions,
            CatalogueReadPositionRepository positions, ObjectMapper json, Clock clock) {
        this.needAreas = needAreas;
        this.interventions = interventions;
        this.positions = positions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The offset of the next event to read, by partition of {@code catalogue.events}, for each partition this copy
     * has read from its beginning; a partition not in it has never been read into this copy.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Integer, Long> readPositions() {
        return positions.positions();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ReceivedEvent event) {
        positions.advance(event.partition(), event.offset() + 1);
        switch (event.type()) {
            case NeedAreaUpdated.TYPE -> needAreaUpdated(event.dataAs(NeedAreaUpdated.class, json));
            default -> {
                if (event.type().startsWith(InterventionChanged.PREFIX_INTERVENTION)
                        || event.type().startsWith(InterventionChanged.PREFIX_OFFERING)) {
                    interventionChanged(event, event.dataAs(InterventionChanged.class, json));
                } else {
                    LOG.debugf("Ignoring catalogue event %s of type %s", event.id(), event.type());
                }
            }
        }
    }

    /** Every intervention and offering event carries the whole intervention: keep it if it is newer. */
    private void interventionChanged(ReceivedEvent event, InterventionChanged change) {
        InterventionChanged.Intervention intervention = change.intervention();
        if (intervention == null || intervention.id() == null || intervention.eligibility() == null) {
            throw new PoisonEventException("event " + event.id() + " carries no whole intervention");
        }
        CatalogueIntervention copy = interventions.findByIdOptional(intervention.id()).orElseGet(() -> {
            CatalogueIntervention created = new CatalogueIntervention(intervention.id());
            interventions.persist(created);
            return created;
        });
        InterventionChanged.Eligibility eligibility = intervention.eligibility();
        List<CatalogueIntervention.OfferedIn> offerings = intervention.offerings() == null ? List.of()
                : intervention.offerings().stream().map(o -> new CatalogueIntervention.OfferedIn(o.region(),
                        nonNull(o.deliveryFormats()), nonNull(o.deliveryModes()))).toList();
        if (Stream.of(eligibility.sexes(), eligibility.offenceCohorts()).anyMatch(list -> list != null && list.contains(null))
                || offerings.stream().anyMatch(o -> o.region() == null || o.deliveryFormats().contains(null)
                        || o.deliveryModes().contains(null))) {
            throw new PoisonEventException("event " + event.id() + " has an empty entry in a list of its intervention");
        }
        CatalogueIntervention.Facts facts = new CatalogueIntervention.Facts(intervention.type(), intervention.status(),
                intervention.name(), intervention.needArea(), eligibility.minimumAge(), eligibility.maximumAge(),
                nonNull(eligibility.sexes()), nonNull(eligibility.offenceCohorts()), offerings);
        if (!copy.apply(intervention.version(), facts, OffsetDateTime.now(clock))) {
            LOG.debugf("Intervention %s is already at version %d or later; ignoring version %d", intervention.id(),
                    copy.catalogueVersion(), intervention.version());
        }
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }

    private void needAreaUpdated(NeedAreaUpdated update) {
        CatalogueNeedArea needArea = needAreas.findByIdOptional(update.code()).orElseGet(() -> {
            CatalogueNeedArea created = new CatalogueNeedArea(update.code());
            needAreas.persist(created);
            return created;
        });
        if (!needArea.apply(update.name(), update.focusAreas(), update.version(), OffsetDateTime.now(clock))) {
            LOG.debugf("Need area %s is already at version %d or later; ignoring version %d", update.code(),
                    needArea.catalogueVersion(), update.version());
        }
    }
}
