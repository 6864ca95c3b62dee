package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

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
 * The coverage rule: every region delivers at least one Structured Intervention in each need area. Only published
 * Structured Interventions count. A change that would take a region and need area from some to none is refused; a
 * change that leaves an existing gap as it was is not this rule's business.
 */
public final class Coverage {

    private Coverage() {
    }

    /** A published Structured Intervention offered in a region. */
    public record Offered(String region, NeedAreaCode needArea, UUID interventionId, String interventionName) {
    }

    /** A region left without a Structured Intervention in a need area. */
    public record Gap(String region, NeedAreaCode needArea) {
    }

    /** The coverage of every region, and whether the rule holds everywhere. */
    @Schema(name = "Coverage", description = "Each region against the rule: at least one Structured Intervention in each need area")
    public record Report(
            @Schema(description = "True when every region has a Structured Intervention in every need area") boolean met,
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
            boolean met,
            @Schema(description = "The published Structured Interventions the region offers in this need area, by name")
            List<InterventionView.InterventionReference> interventions) {
    }

    /** The region and need-area pairs that have a Structured Intervention now and would have none once {@code removed} go. */
    public static List<Gap> gapsLeftBy(Collection<Offered> offered, Predicate<Offered> removed) {
        Map<Gap, List<Offered>> byPair = offered.stream()
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
                    + ") would have no Structured Intervention in need area " + gap.needArea()));
        }
        String where = gaps.stream()
                .map(gap -> regionNames.apply(gap.region()) + " in " + gap.needArea())
                .collect(Collectors.joining(", "));
        throw new ProblemException(ProblemType.CONFLICT, change + " would leave no Structured Intervention for " + where
                + ". Every region must deliver at least one in each need area: offer another there first.",
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
                List<InterventionView.InterventionReference> interventions = byPair
                        .getOrDefault(new Gap(region.code(), needArea), List.of()).stream()
                        .map(o -> new InterventionView.InterventionReference(o.interventionId(), o.interventionName()))
                        .sorted(Comparator.comparing(InterventionView.InterventionReference::name))
                        .toList();
                needAreas.add(new NeedAreaCoverage(needArea, !interventions.isEmpty(), interventions));
            }
            regionCoverage.add(new RegionCoverage(region.code(), region.name(),
                    needAreas.stream().allMatch(NeedAreaCoverage::met), needAreas));
        }
        return new Report(regionCoverage.stream().allMatch(RegionCoverage::met), regionCoverage);
    }
}
