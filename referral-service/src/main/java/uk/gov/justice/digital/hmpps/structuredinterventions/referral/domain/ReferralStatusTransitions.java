package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.ALLOCATED;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.AWAITING_READINESS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.COMPLETED;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.DRAFT;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.IN_PROGRESS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.READY_TO_ALLOCATE;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.SUITABLE_BUT_NOT_READY;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * The allowed status transitions of a referral, held as data so that the rule, the API that lists it for front ends
 * and the checks on each move all read the same table.
 */
public final class ReferralStatusTransitions {

    private static final Set<String> PRACTITIONER = Set.of(Roles.PRACTITIONER);
    private static final Set<String> TREATMENT_MANAGER = Set.of(Roles.TREATMENT_MANAGER);
    private static final Set<String> SYSTEM = Set.of();

    private static final List<StatusTransition> ALL = build();

    private ReferralStatusTransitions() {
    }

    private static List<StatusTransition> build() {
        List<StatusTransition> transitions = new ArrayList<>(List.of(
                // submitting: the pre-intervention module is a prerequisite, so the referral waits on readiness
                new StatusTransition(DRAFT, AWAITING_READINESS, TransitionTrigger.SUBMISSION, PRACTITIONER, false),
                // readiness: module completed and assessed ready / assessed not ready (barriers recorded)
                new StatusTransition(AWAITING_READINESS, READY_TO_ALLOCATE, TransitionTrigger.READINESS_EVENT, SYSTEM, false),
                new StatusTransition(AWAITING_READINESS, SUITABLE_BUT_NOT_READY, TransitionTrigger.READINESS_EVENT, SYSTEM, false),
                new StatusTransition(SUITABLE_BUT_NOT_READY, READY_TO_ALLOCATE, TransitionTrigger.READINESS_EVENT, SYSTEM, false),
                // readiness lost before allocation: a later "not ready" takes a ready referral back to paused
                // (allocated and in-progress referrals have no such move: they keep their status and carry a concern)
                new StatusTransition(READY_TO_ALLOCATE, SUITABLE_BUT_NOT_READY, TransitionTrigger.READINESS_EVENT, SYSTEM, false),
                // the practitioner reassesses a paused referral and sends it back to await readiness
                new StatusTransition(SUITABLE_BUT_NOT_READY, AWAITING_READINESS, TransitionTrigger.MANUAL, PRACTITIONER, true),
                // the treatment manager takes it from allocation to completion
                new StatusTransition(READY_TO_ALLOCATE, ALLOCATED, TransitionTrigger.MANUAL, TREATMENT_MANAGER, false),
                new StatusTransition(ALLOCATED, IN_PROGRESS, TransitionTrigger.MANUAL, TREATMENT_MANAGER, false),
                new StatusTransition(IN_PROGRESS, COMPLETED, TransitionTrigger.MANUAL, TREATMENT_MANAGER, false)));
        // withdrawn, with a reason code and a reason, from any open status (a draft too: it is discarded)
        Arrays.stream(ReferralStatus.values())
                .filter(ReferralStatus::isOpen)
                .forEach(status -> transitions.add(
                        new StatusTransition(status, WITHDRAWN, TransitionTrigger.MANUAL, PRACTITIONER, true)));
        return List.copyOf(transitions);
    }

    public static List<StatusTransition> all() {
        return ALL;
    }

    public static List<StatusTransition> from(ReferralStatus status) {
        return ALL.stream().filter(transition -> transition.from() == status).toList();
    }

    public static Optional<StatusTransition> find(ReferralStatus from, ReferralStatus to) {
        return ALL.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }
}
