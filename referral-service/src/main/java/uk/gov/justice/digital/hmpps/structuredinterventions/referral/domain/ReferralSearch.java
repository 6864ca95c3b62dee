package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import java.util.UUID;

/** The filters of {@code GET /referrals}; each {@code null} filter matches everything. */
public record ReferralSearch(String crn, String region, ReferralStatus status, UUID interventionId) {
}
