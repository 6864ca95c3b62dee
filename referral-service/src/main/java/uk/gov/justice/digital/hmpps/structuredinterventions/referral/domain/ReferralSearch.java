package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import java.util.UUID;

/**
 * The filters of {@code GET /referrals}, and the order of its pages; each {@code null} filter matches everything.
 *
 * @param referredBy the referrer's user name: the author of a draft, or whoever it was handed over to
 */
public record ReferralSearch(String crn, String region, ReferralStatus status, UUID interventionId, String referredBy,
        Order order) {

    /** The order of a list's pages, by when each referral was drafted. */
    public enum Order {
        /** The latest drafted first (the default). */
        NEWEST,
        /** The earliest drafted first: the longest waiting, as a Treatment Manager's list of what to allocate. */
        OLDEST
    }

    public ReferralSearch {
        order = order == null ? Order.NEWEST : order;
    }

    /** A search by the four filters of the first lists, newest first. */
    public ReferralSearch(String crn, String region, ReferralStatus status, UUID interventionId) {
        this(crn, region, status, interventionId, null, Order.NEWEST);
    }
}
