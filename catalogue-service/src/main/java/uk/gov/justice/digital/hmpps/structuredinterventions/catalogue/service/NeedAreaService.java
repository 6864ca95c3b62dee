package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.config.CatalogueConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.NeedArea;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.NeedAreaCode;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.events.NeedAreaUpdated;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence.NeedAreaRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox.Outbox;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;

@ApplicationScoped
public class NeedAreaService {

    private final NeedAreaRepository needAreas;
    private final Outbox outbox;
    private final Clock clock;
    private final CatalogueConfig config;

    NeedAreaService(NeedAreaRepository needAreas, Outbox outbox, Clock clock, CatalogueConfig config) {
        this.needAreas = needAreas;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public List<NeedArea> list() {
        return needAreas.listInCodeOrder();
    }

    @Transactional
    public NeedArea get(NeedAreaCode code) {
        return needAreas.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Need area", code));
    }

    /**
     * Revises a need area and reports the change on {@code catalogue.events}, in one transaction.
     *
     * @param expectedVersion the version the caller last read ({@code If-Match}), or {@code null} to skip the check
     */
    @Transactional
    public NeedArea revise(NeedAreaCode code, Long expectedVersion, String name, String description,
            List<String> focusAreas, String by) {
        NeedArea needArea = get(code);
        ETags.requireCurrent(expectedVersion, needArea.version(), "Need area " + code);
        needArea.revise(name, description, focusAreas, by, OffsetDateTime.now(clock));
        announce(needArea);
        return needArea;
    }

    /** Puts the need areas the seed migration loaded on the events topic, once. */
    @Transactional
    public int announceSeeded() {
        List<NeedArea> seeded = needAreas.awaitingAnnouncement();
        for (NeedArea needArea : seeded) {
            needArea.announced();
            announce(needArea);
        }
        return seeded.size();
    }

    private void announce(NeedArea needArea) {
        needAreas.flush();
        String code = needArea.code().name();
        outbox.publish(new OutgoingEvent(config.eventsTopic(), code, NeedAreaUpdated.TYPE, code,
                new NeedAreaUpdated(code, needArea.name(), needArea.description(), needArea.focusAreas(),
                        needArea.version(), config.baseUrl() + "/need-areas/" + code)));
    }
}
