package uk.gov.justice.digital.hmpps.structuredinterventions.referral.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.CatalogueNeedArea;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging.NeedAreaUpdated;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence.CatalogueNeedAreaRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.ReceivedEvent;

/** Keeps this service's copy of the catalogue from catalogue events. Runs inside the inbox's transaction. */
@ApplicationScoped
public class CatalogueReadModel {

    private static final Logger LOG = Logger.getLogger(CatalogueReadModel.class);

    private final CatalogueNeedAreaRepository needAreas;
    private final ObjectMapper json;
    private final Clock clock;

    CatalogueReadModel(CatalogueNeedAreaRepository needAreas, ObjectMapper json, Clock clock) {
        this.needAreas = needAreas;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ReceivedEvent event) {
        switch (event.type()) {
            case NeedAreaUpdated.TYPE -> needAreaUpdated(event.dataAs(NeedAreaUpdated.class, json));
            default -> LOG.debugf("Ignoring catalogue event %s of type %s", event.id(), event.type());
        }
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
