package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.events;

import java.util.List;

/**
 * Data of {@code structured-interventions.need-area.updated} on {@code catalogue.events}, keyed by need-area code:
 * the whole need area, so a consumer keeps its copy from this event alone. {@code version} rises with every change,
 * so a consumer can ignore a stale event.
 */
public record NeedAreaUpdated(String code, String name, String description, List<String> focusAreas, long version,
        String detailUrl) {

    public static final String TYPE = "structured-interventions.need-area.updated";
}
