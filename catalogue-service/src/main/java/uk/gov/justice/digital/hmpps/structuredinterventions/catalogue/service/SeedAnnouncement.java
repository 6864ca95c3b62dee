package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Puts what the seed migration loaded on {@code catalogue.events} when the service starts, through the outbox, so
 * that other services learn the seeded need areas and interventions from the topic like any others. Each row is
 * announced once: the flag is cleared in the transaction that writes its event, under a row lock, so replicas
 * starting together announce it once between them.
 */
@ApplicationScoped
public class SeedAnnouncement {

    private static final Logger LOG = Logger.getLogger(SeedAnnouncement.class);

    void onStart(@Observes StartupEvent start, NeedAreaService needAreas, InterventionService interventions) {
        int announced = needAreas.announceSeeded() + interventions.announceSeeded();
        if (announced > 0) {
            LOG.infof("Announced %d seeded catalogue entries on the events topic", announced);
        }
    }
}
