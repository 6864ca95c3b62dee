package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

/**
 * What a list of concerns is narrowed to; a null criterion does not narrow it.
 *
 * @param acknowledged only concerns acknowledged (true) or only those not yet acknowledged (false)
 * @param region only concerns affecting a referral in this probation region (one of {@link ProbationRegions#CODES})
 */
public record ConcernSearch(Boolean acknowledged, String region) {
}
