package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

/**
 * The coverage rule: every region delivers at least one Structured Intervention in each need area, its minimum, offered
 * as {@link OfferingBasis#CORE}; any further one is at the Regional Probation Director's discretion. Only published
 * Structured Interventions count, and only CORE offerings meet the minimum: a region's only Structured Intervention in
 * a need area cannot be ADDITIONAL, and a second CORE one needs the Director's decision. A change that would take a
 * region and need area from some CORE offering to none is refused; a change that leaves an existing gap as it was is
 * not this rule's business.
 */
public final class Coverage {

    private Coverage() {
    }

    /** A published Structured Intervention offered in a region, and on what basis. */
    public record Offered(String region, NeedAreaCode needArea, UUID interventionId, String interventionName,
            OfferingBasis basis) {

        /** Whether it meets the region's minimum in its need area. */
        public boolean core() {
            return basis == OfferingBasis.CORE;
        }
    }

    /** A region left without a Structured Intervention in a need area. */
    public record Gap(String region, NeedAreaCode needArea) {
    }

    /** The coverage of every region, and whether the rule holds everywhere. */
    @Schema(name = "Coverage", description = "Each region against the rule: at least one Structured Intervention in each "
            + "need area, offered as CORE")
    public record Report(
            @Schema(description = "True when every region has a CORE Structured Intervention in every need area")
            boolean met,
            List<RegionCoverage> regions) {
    }

    @Schema(name = "RegionCoverage")
    public record RegionCoverage(
            @Schema(example = "north-east") String region,
            @Schema(example = "North East") String name,
            boolean met,
            List<NeedAreaCoverage> needAreas) {
    }

    @Schema(name = "NeedAreaCoverage")
    public record NeedAreaCoverage(
            NeedAreaCode needArea,
            @Schema(description = "True when the region offers at least one of them as CORE") boolean met,
            @Schema(description = "The published Structured Interventions the region offers in this need area, by name")
            List<CoveringIntervention> interventions) {
    }

    /** A published Structured Intervention a region offers in a need area, and on what basis. */
    @Schema(name = "CoveringIntervention")
    public record CoveringIntervention(UUID id, @Schema(example = "Positive Pathways") String name,
            @Schema(description = "CORE meets the region's minimum; ADDITIONAL is beyond it") OfferingBasis basis) {
    }

    /**
     * The rule of an offering's basis, given the other CORE offerings in its region and need area: the first is the
     * region's minimum and must be CORE.
     *
     * @param otherCore how many other interventions the region offers as CORE in the need area
     * @return the rule broken, by field; none when the basis is right
     */
    public static List<FieldError> basisRules(String regionName, NeedAreaCode needArea, OfferingTerms terms,
            long otherCore) {
        if (terms.basis() == OfferingBasis.ADDITIONAL && otherCore == 0) {
            return List.of(new FieldError("basis", regionName + " has no other CORE Structured Intervention in need area "
                    + needArea + ": the region's minimum there is CORE, and only one beyond it is ADDITIONAL"));
        }
        return List.of();
    }

    /**
     * Whether the offering goes beyond the region's minimum in its need area, and so is the Regional Probation
     * Director's decision: an ADDITIONAL one, or a second CORE one.
     */
    public static boolean needsDirectorsDecision(OfferingTerms terms, long otherCore) {
        return terms.basis() == OfferingBasis.ADDITIONAL || otherCore > 0;
    }

    /**
     * The terms as they are recorded. An offering beyond the minimum is the Director's decision: only a Regional
     * Probation Director records it, and the decision is theirs, recorded under their name, on the day they give or
     * today. An offering within the minimum is recorded as given.
     *
     * @param director whether the person recording it holds the Regional Probation Director's role
     * @throws ProblemException (403) when the offering needs the Director's decision and they are not the Director
     */
    public static OfferingTerms asDecided(OfferingTerms terms, long otherCore, String by, boolean director,
            LocalDate today) {
        if (!needsDirectorsDecision(terms, otherCore)) {
            return terms;
        }
        if (!director) {
            throw new ProblemException(ProblemType.FORBIDDEN, (terms.basis() == OfferingBasis.ADDITIONAL
                    ? "An ADDITIONAL offering" : "A second CORE offering in a need area")
                    + " is at the Regional Probation Director's discretion: the Director records it");
        }
        return new OfferingTerms(terms.deliveryFormats(), terms.deliveryModes(), terms.basis(), by,
                terms.decidedOn() == null ? today : terms.decidedOn());
    }

    /**
     * The region and need-area pairs that have a CORE Structured Intervention now and would have none once
     * {@code removed} go.
     */
    public static List<Gap> gapsLeftBy(Collection<Offered> offered, Predicate<Offered> removed) {
        Map<Gap, List<Offered>> byPair = offered.stream().filter(Offered::core)
                .collect(Collectors.groupingBy(o -> new Gap(o.region(), o.needArea())));
        return byPair.entrySet().stream()
                .filter(pair -> pair.getValue().stream().allMatch(removed))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(Gap::region).thenComparing(Gap::needArea))
                .toList();
    }

    /**
     * Refuses a change that leaves gaps.
     *
     * @param change what was asked, such as "Closing Positive Pathways in London"
     * @param regionNames region names by code, for the message
     * @throws ProblemException (409) naming each region and need area left without a Structured Intervention
     */
    public static void refuseGaps(String change, List<Gap> gaps, Function<String, String> regionNames) {
        if (gaps.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (Gap gap : gaps) {
            errors.add(new FieldError("coverage", regionNames.apply(gap.region()) + " (" + gap.region()
                    + ") would have no CORE Structured Intervention in need area " + gap.needArea()));
        }
        String where = gaps.stream()
                .map(gap -> regionNames.apply(gap.region()) + " in " + gap.needArea())
                .collect(Collectors.joining(", "));
        throw new ProblemException(ProblemType.CONFLICT, change + " would leave no CORE Structured Intervention for "
                + where + ". Every region must deliver at least one in each need area, as CORE: offer another there as "
                + "CORE first.",
                null, errors);
    }

    /** Each region, in order, against each need area. */
    public static Report report(List<Region> regions, Collection<Offered> offered) {
        Map<Gap, List<Offered>> byPair = offered.stream()
                .collect(Collectors.groupingBy(o -> new Gap(o.region(), o.needArea())));
        List<RegionCoverage> regionCoverage = new ArrayList<>();
        for (Region region : regions.stream().sorted(Comparator.comparingInt(Region::position)).toList()) {
            List<NeedAreaCoverage> needAreas = new ArrayList<>();
            for (NeedAreaCode needArea : NeedAreaCode.values()) {
                List<CoveringIntervention> interventions = byPair
                        .getOrDefault(new Gap(region.code(), needArea), List.of()).stream()
                        .map(o -> new CoveringIntervention(o.interventionId(), o.interventionName(), o.basis()))
                        .sorted(Comparator.comparing(CoveringIntervention::name))
                        .toList();
                needAreas.add(new NeedAreaCoverage(needArea,
                        interventions.stream().anyMatch(i -> i.basis() == OfferingBasis.CORE), interventions));
            }
            regionCoverage.add(new RegionCoverage(region.code(), region.name(),
                    needAreas.stream().allMatch(NeedAreaCoverage::met), needAreas));
        }
        return new Report(regionCoverage.stream().allMatch(RegionCoverage::met), regionCoverage);
    }
}
