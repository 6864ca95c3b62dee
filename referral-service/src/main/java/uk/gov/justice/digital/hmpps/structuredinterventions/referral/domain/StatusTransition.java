package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import java.util.Set;

/** One allowed move between statuses: what triggers it, which roles may make it, and whether it needs a reason. */
public record StatusTransition(ReferralStatus from, ReferralStatus to, TransitionTrigger trigger, Set<String> roles,
        boolean reasonRequired) {

    public StatusTransition {
        roles = Set.copyOf(roles);
    }
}
