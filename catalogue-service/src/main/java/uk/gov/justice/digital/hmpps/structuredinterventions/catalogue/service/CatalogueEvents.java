package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.config.CatalogueConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionView;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.events.InterventionEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence.InterventionRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox.Outbox;

/** Writes events about interventions to the outbox, in the transaction of the change they report. */
@ApplicationScoped
public class CatalogueEvents {

    private final Outbox outbox;
    private final InterventionRepository interventions;
    private final CatalogueConfig config;

    CatalogueEvents(Outbox outbox, InterventionRepository interventions, CatalogueConfig config) {
        this.outbox = outbox;
        this.interventions = interventions;
        this.config = config;
    }

    /**
     * Flushes the change, so the event carries the version it was stored with, and writes the event.
     *
     * @return the intervention as the event shows it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public InterventionView publish(String type, Intervention intervention, String region, String reason) {
        interventions.flush();
        InterventionView view = intervention.view();
        String id = view.id().toString();
        outbox.publish(new OutgoingEvent(config.eventsTopic(), id, type, id,
                new InterventionEvent(view, region, reason, config.baseUrl() + "/interventions/" + id)));
        return view;
    }
}
