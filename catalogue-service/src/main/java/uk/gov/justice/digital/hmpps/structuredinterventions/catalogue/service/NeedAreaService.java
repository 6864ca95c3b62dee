package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.config.CatalogueConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.NeedArea;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.NeedAreaCode;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.messaging.NeedAreaUpdated;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence.NeedAreaRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox.Outbox;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

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
        if (expectedVersion != null && expectedVersion != needArea.version()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "Need area " + code + " has changed since you read it. Reload it and try again.");
        }
        needArea.revise(name, description, focusAreas, by, OffsetDateTime.now(clock));
        needAreas.flush();
        outbox.publish(new OutgoingEvent(config.eventsTopic(), code.name(), NeedAreaUpdated.TYPE, code.name(),
                new NeedAreaUpdated(code.name(), needArea.name(), needArea.description(), needArea.focusAreas(),
                        needArea.version(), config.baseUrl() + "/need-areas/" + code)));
        return needArea;
    }
}
