package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.ALLOCATED;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.AWAITING_READINESS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.COMPLETED;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.DEPRIORITISED;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.DESELECTED;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.DRAFT;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.ENDED_WITHOUT_COMPLETION;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.IN_PROGRESS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.ON_PROGRAMME;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.READY_TO_ALLOCATE;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.RECALLED;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.RETURNED_TO_COURT;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.SUITABLE_BUT_NOT_READY;
import static uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * The allowed status transitions of a referral, held as data so that the rule, the API that lists it for front ends
 * and the checks on each move all read the same table: each row names from and to, the trigger, the roles, whether a
 * reason is needed and the reason codes it takes. No readiness move leaves a held or closed status (ADR 0013).
 */
public final class ReferralStatusTransitions {

    private static final Set<String> PRACTITIONER = Set.of(Roles.PRACTITIONER);
    private static final Set<String> TREATMENT_MANAGER = Set.of(Roles.TREATMENT_MANAGER);
    private static final Set<String> SYSTEM = Set.of();

    /** Submitted and not yet started: where the Treatment Manager may deprioritise a referral. */
    private static final List<ReferralStatus> NOT_STARTED = List.of(AWAITING_READINESS, SUITABLE_BUT_NOT_READY,
            READY_TO_ALLOCATE, ALLOCATED);
    /** Started: {@code IN_PROGRESS} is the older name of {@code ON_PROGRAMME} and keeps the same moves. */
    private static final List<ReferralStatus> STARTED = List.of(IN_PROGRESS, ON_PROGRAMME);
    /** Where the person's circumstances (a recall, a return to court) can hold a referral. */
    private static final List<ReferralStatus> SUBMITTED_AND_NOT_HELD_BY_THEM = List.of(AWAITING_READINESS,
            SUITABLE_BUT_NOT_READY, READY_TO_ALLOCATE, ALLOCATED, IN_PROGRESS, ON_PROGRAMME, DEPRIORITISED);

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
                new StatusTransition(IN_PROGRESS, COMPLETED, TransitionTrigger.MANUAL, TREATMENT_MANAGER, false),
                // the same start and completion under the public Manage and Deliver service's name (ADR 0013)
                new StatusTransition(ALLOCATED, ON_PROGRAMME, TransitionTrigger.MANUAL, TREATMENT_MANAGER, false),
                new StatusTransition(ON_PROGRAMME, COMPLETED, TransitionTrigger.MANUAL, TREATMENT_MANAGER, false),
                // reprioritised: the referral goes back to await readiness, which is assessed again
                new StatusTransition(DEPRIORITISED, AWAITING_READINESS, TransitionTrigger.MANUAL, TREATMENT_MANAGER, true),
                // the recall or the court's decision lets the referral continue: readiness is assessed again
                new StatusTransition(RECALLED, AWAITING_READINESS, TransitionTrigger.MANUAL, PRACTITIONER, true),
                new StatusTransition(RETURNED_TO_COURT, AWAITING_READINESS, TransitionTrigger.MANUAL, PRACTITIONER,
                        true)));
        // deprioritised by the Treatment Manager, with a reason, at any point before the person starts
        NOT_STARTED.forEach(status -> transitions.add(
                new StatusTransition(status, DEPRIORITISED, TransitionTrigger.MANUAL, TREATMENT_MANAGER, true)));
        // deselected by the Treatment Manager, with a deselection reason code and a reason, once allocated
        Stream.concat(Stream.of(ALLOCATED), STARTED.stream()).forEach(status -> transitions.add(
                new StatusTransition(status, DESELECTED, TransitionTrigger.MANUAL, TREATMENT_MANAGER, true,
                        ReasonCode.of(ReasonCode.Use.DESELECTION))));
        // started but cannot finish: ended by the Treatment Manager with an ending reason code and a reason
        STARTED.forEach(status -> transitions.add(
                new StatusTransition(status, ENDED_WITHOUT_COMPLETION, TransitionTrigger.MANUAL, TREATMENT_MANAGER, true,
                        ReasonCode.of(ReasonCode.Use.ENDING))));
        // recalled to custody, or returned to court for breach, recorded by the practitioner with a reason
        SUBMITTED_AND_NOT_HELD_BY_THEM.forEach(status -> {
            transitions.add(new StatusTransition(status, RECALLED, TransitionTrigger.MANUAL, PRACTITIONER, true));
            transitions.add(new StatusTransition(status, RETURNED_TO_COURT, TransitionTrigger.MANUAL, PRACTITIONER,
                    true));
        });
        // withdrawn, with a withdrawal reason code and a reason, from any open status (a draft too: it is discarded)
        Arrays.stream(ReferralStatus.values())
                .filter(ReferralStatus::isOpen)
                .forEach(status -> transitions.add(new StatusTransition(status, WITHDRAWN, TransitionTrigger.MANUAL,
                        PRACTITIONER, true, ReasonCode.of(ReasonCode.Use.WITHDRAWAL))));
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
