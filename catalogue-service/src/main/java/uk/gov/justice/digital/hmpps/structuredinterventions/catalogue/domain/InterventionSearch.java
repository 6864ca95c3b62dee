package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

/**
 * The filters of {@code GET /interventions}; each {@code null} filter matches everything. With a region, the format
 * and mode filters apply to what that region offers.
 */
public record InterventionSearch(NeedAreaCode needArea, String region, DeliveryFormat format, DeliveryMode mode,
        InterventionType type, InterventionStatus status, String text) {
}
