package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Coverage;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionDefinition;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionView;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.PanelAssessment;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Region;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.events.InterventionEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence.InterventionRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence.RegionRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;

/** Records interventions and takes them through their lifecycle, each change with its event. */
@ApplicationScoped
public class InterventionService {

    private final InterventionRepository interventions;
    private final RegionRepository regions;
    private final CatalogueEvents events;
    private final InterventionViews views;
    private final Clock clock;

    InterventionService(InterventionRepository interventions, RegionRepository regions, CatalogueEvents events,
            InterventionViews views, Clock clock) {
        this.interventions = interventions;
        this.views = views;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Page<InterventionView> search(InterventionSearch search, int page, int size) {
        if (search.region() != null && regions.findByIdOptional(search.region()).isEmpty()) {
            throw ProblemException.badRequest("region", "is not a probation region code; GET /regions lists them");
        }
        List<InterventionRepository.Listed> listed = interventions.searchPage(search, page, size);
        // Every intervention there is fits on a page or two, so an exact count is cheap when one is needed.
        return Page.counted(views.of(listed), page, size, limit -> Math.min(interventions.countMatching(search), limit));
    }

    @Transactional
    public InterventionView get(UUID id) {
        return views.get(id).orElseThrow(() -> ProblemException.notFound("Intervention", id));
    }

    /** Records a new draft and reports it as {@code intervention.updated}. */
    @Transactional
    public InterventionView create(InterventionDefinition definition, String by) {
        UUID id = UUID.randomUUID();
        requireUniqueName(definition.name(), id);
        Intervention intervention = Intervention.draft(id, definition, alternative(definition), by, now());
        interventions.persist(intervention);
        return events.publish(InterventionEvent.UPDATED, intervention, null, null);
    }

    @Transactional
    public InterventionView revise(UUID id, Long expectedVersion, InterventionDefinition definition, String by) {
        Intervention intervention = current(id, expectedVersion);
        requireUniqueName(definition.name(), id);
        intervention.revise(definition, alternative(definition), by, now());
        return events.publish(InterventionEvent.UPDATED, intervention, null, null);
    }

    @Transactional
    public InterventionView recordApproval(UUID id, Long expectedVersion, PanelAssessment assessment, String by) {
        Intervention intervention = current(id, expectedVersion);
        intervention.recordApproval(assessment, by, now());
        return events.publish(InterventionEvent.UPDATED, intervention, null, null);
    }

    @Transactional
    public InterventionView publish(UUID id, Long expectedVersion, String by) {
        Intervention intervention = current(id, expectedVersion);
        if (intervention.alternative() != null) {
            // Read the alternative afresh under a lock, so it cannot be withdrawn while this is published.
            interventions.getEntityManager().refresh(intervention.alternative(), LockModeType.PESSIMISTIC_WRITE);
        }
        intervention.publish(by, now());
        return events.publish(InterventionEvent.PUBLISHED, intervention, null, null);
    }

    /**
     * Withdraws a published intervention and closes its offerings, unless that would leave a region without a
     * Structured Intervention in the intervention's need area, or a published intervention names it as its
     * accredited alternative.
     */
    @Transactional
    public InterventionView withdraw(UUID id, Long expectedVersion, String reason, String by) {
        // Read under its lock (current): publishing an intervention that names this one as its alternative waits, or
        // is waited for.
        Intervention intervention = current(id, expectedVersion);
        List<String> pointing = interventions.publishedNamingAsAlternative(id);
        if (!pointing.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, intervention.name() + " is the accredited alternative of "
                    + String.join(", ", pointing) + "; withdraw those first", null,
                    pointing.stream().map(name -> new FieldError("alternativeAccreditedProgrammeId",
                            name + " names it as its accredited alternative")).toList());
        }
        regions.lock(intervention.offeredRegions());
        List<Coverage.Gap> gaps = Coverage.gapsLeftBy(interventions.offeredStructuredInterventions(),
                offered -> offered.interventionId().equals(id));
        Coverage.refuseGaps("Withdrawing " + intervention.name(), gaps, this::regionName);
        intervention.withdraw(reason, by, now());
        return events.publish(InterventionEvent.WITHDRAWN, intervention, null,
                intervention.withdrawal().orElseThrow().reason());
    }

    /** Puts the interventions the seed migration loaded on the events topic, once. */
    @Transactional
    public int announceSeeded() {
        List<Intervention> seeded = interventions.awaitingAnnouncement();
        for (Intervention intervention : seeded) {
            intervention.announced();
            events.publish(InterventionEvent.PUBLISHED, intervention, null, null);
        }
        return seeded.size();
    }

    Intervention find(UUID id) {
        return interventions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Intervention", id));
    }

    /**
     * The intervention, locked for this change until the transaction ends, if the caller's {@code If-Match} names its
     * current version. The lock comes with the read, before the check: a change made at the same time waits, then
     * reads what this one left, so neither fails as a simultaneous change.
     */
    Intervention current(UUID id, Long expectedVersion) {
        Intervention intervention = interventions.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Intervention", id));
        ETags.requireCurrent(expectedVersion, intervention.version(), intervention.name());
        return intervention;
    }

    String regionName(String code) {
        return regions.findByIdOptional(code).map(Region::name).orElse(code);
    }

    private void requireUniqueName(String name, UUID except) {
        if (interventions.nameTaken(name, except)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "An intervention called " + name.strip() + " is already in the catalogue", null,
                    List.of(new FieldError("name", "is already used by another intervention")));
        }
    }

    private Intervention alternative(InterventionDefinition definition) {
        UUID id = definition.alternativeAccreditedProgrammeId();
        if (id == null) {
            return null;
        }
        return interventions.findByIdOptional(id).orElseThrow(() -> ProblemException.ruleBroken(
                "The accredited alternative does not exist",
                List.of(new FieldError("alternativeAccreditedProgrammeId", "names no intervention"))));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
