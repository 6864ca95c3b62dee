package uk.gov.justice.digital.hmpps.structuredinterventions.referral.events;

import java.util.List;

/** The data of {@code structured-interventions.need-area.updated}, as this service reads it. */
public record NeedAreaUpdated(String code, String name, String description, List<String> focusAreas, long version,
        String detailUrl) {

    public static final String TYPE = "structured-interventions.need-area.updated";
}
