package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * One allowed move between statuses: what triggers it, which roles may make it, whether it needs a reason, and the
 * reason codes it takes (one of them is then required; none when empty).
 */
public record StatusTransition(ReferralStatus from, ReferralStatus to, TransitionTrigger trigger, Set<String> roles,
        boolean reasonRequired, Set<ReasonCode> reasonCodes) {

    public StatusTransition {
        roles = Set.copyOf(roles);
        reasonCodes = reasonCodes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasonCodes));
    }

    /** A move that takes no reason code. */
    public StatusTransition(ReferralStatus from, ReferralStatus to, TransitionTrigger trigger, Set<String> roles,
            boolean reasonRequired) {
        this(from, to, trigger, roles, reasonRequired, Set.of());
    }

    /** Whether the move needs a reason code. */
    public boolean reasonCodeRequired() {
        return !reasonCodes.isEmpty();
    }
}
