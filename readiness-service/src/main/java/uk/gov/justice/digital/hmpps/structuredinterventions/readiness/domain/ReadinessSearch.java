package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/**
 * The filters of {@code GET /people}, a list of readiness records, and the order of its pages; each {@code null}
 * filter matches everything.
 *
 * @param introducedBy the user name of whoever recorded the introduction
 */
public record ReadinessSearch(ReadinessStatus status, String introducedBy, Order order) {

    /** The order of the pages, by when each record took its current status. */
    public enum Order {
        /** The longest in their status first (the default): who has waited longest for their next step. */
        OLDEST,
        /** The latest to take their status first. */
        NEWEST
    }

    public ReadinessSearch {
        order = order == null ? Order.OLDEST : order;
    }
}
