package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Coverage;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.OfferingTerms;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Region;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.RegionOffering;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.events.InterventionEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence.InterventionRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence.RegionRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time.UkTime;

/** The probation regions, what each offers, and the coverage rule across them. */
@ApplicationScoped
public class RegionService {

    /** The outcome of opening or changing an offering. */
    public record OfferingChange(RegionOffering offering, boolean opened) {
    }

    private final RegionRepository regions;
    private final InterventionRepository interventions;
    private final InterventionService interventionService;
    private final CatalogueEvents events;
    private final Clock clock;

    RegionService(RegionRepository regions, InterventionRepository interventions, InterventionService interventionService,
            CatalogueEvents events, Clock clock) {
        this.regions = regions;
        this.interventions = interventions;
        this.interventionService = interventionService;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<Region> list() {
        return regions.listInOrder();
    }

    @Transactional
    public List<RegionOffering> offeringsIn(String region) {
        requireRegion(region);
        return interventions.offeringsIn(region).stream().map(RegionOffering::of).toList();
    }

    @Transactional
    public RegionOffering offering(String region, UUID interventionId) {
        requireRegion(region);
        Intervention intervention = interventionService.find(interventionId);
        return RegionOffering.of(intervention.offeringIn(region).orElseThrow(() -> notOffered(intervention, region)));
    }

    /**
     * Opens an offering, or changes the one the region has, and reports which. The region's rows are locked before its
     * other CORE offerings are counted, so two offerings in one region cannot both be taken for its first.
     */
    @Transactional
    public OfferingChange offer(String region, UUID interventionId, Long expectedVersion, OfferingTerms asked, String by,
            boolean director) {
        Region where = requireRegion(region);
        Intervention intervention = interventionService.current(interventionId, expectedVersion);
        regions.lock(List.of(region));
        long otherCore = interventions.offeredStructuredInterventions().stream()
                .filter(o -> o.core() && o.region().equals(region) && o.needArea() == intervention.needArea()
                        && !o.interventionId().equals(interventionId))
                .count();
        OfferingTerms terms = Coverage.asDecided(asked, otherCore, by, director, UkTime.today(clock));
        boolean opened = intervention.offer(region, terms,
                Coverage.basisRules(where.name(), intervention.needArea(), terms, otherCore), by,
                OffsetDateTime.now(clock));
        events.publish(opened ? InterventionEvent.OFFERING_OPENED : InterventionEvent.OFFERING_UPDATED, intervention,
                region, null);
        return new OfferingChange(RegionOffering.of(intervention.offeringIn(region).orElseThrow()), opened);
    }

    /** Closes an offering, unless it is the region's last CORE Structured Intervention in its need area. */
    @Transactional
    public void close(String region, UUID interventionId, Long expectedVersion, String by) {
        Region where = requireRegion(region);
        Intervention intervention = interventionService.current(interventionId, expectedVersion);
        if (intervention.offeringIn(region).isEmpty()) {
            throw notOffered(intervention, region);
        }
        regions.lock(List.of(region));
        List<Coverage.Gap> gaps = Coverage.gapsLeftBy(interventions.offeredStructuredInterventions(),
                offered -> offered.region().equals(region) && offered.interventionId().equals(interventionId));
        Coverage.refuseGaps("Closing " + intervention.name() + " in " + where.name(), gaps,
                interventionService::regionName);
        intervention.closeOffering(region, by, OffsetDateTime.now(clock));
        events.publish(InterventionEvent.OFFERING_CLOSED, intervention, region, null);
    }

    @Transactional
    public Coverage.Report coverage() {
        return Coverage.report(regions.listInOrder(), interventions.offeredStructuredInterventions());
    }

    private Region requireRegion(String code) {
        return regions.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Region", code));
    }

    private static ProblemException notOffered(Intervention intervention, String region) {
        return ProblemException.notFound("An offering of " + intervention.name() + " in this region", region);
    }
}
