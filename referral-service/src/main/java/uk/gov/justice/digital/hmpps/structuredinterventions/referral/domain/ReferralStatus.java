package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

/**
 * Where a referral stands. The pre-intervention module is a prerequisite, so a submitted referral awaits readiness.
 * New statuses are added at the end: the names are part of the API and of the events.
 */
public enum ReferralStatus {
    DRAFT(Kind.OPEN),
    AWAITING_READINESS(Kind.OPEN),
    SUITABLE_BUT_NOT_READY(Kind.OPEN),
    READY_TO_ALLOCATE(Kind.OPEN),
    ALLOCATED(Kind.OPEN),
    /** Started, under the name used before {@link #ON_PROGRAMME}; it keeps every move an on-programme referral has. */
    IN_PROGRESS(Kind.OPEN),
    COMPLETED(Kind.CLOSED),
    WITHDRAWN(Kind.CLOSED),
    /** Suitable, but not meeting the prioritisation criteria for now; the Treatment Manager may reprioritise it. */
    DEPRIORITISED(Kind.HELD),
    /** The person has started the intervention (the public Manage and Deliver service's name). */
    ON_PROGRAMME(Kind.OPEN),
    /** The person was recalled to custody; the referral waits to see whether it can continue. */
    RECALLED(Kind.HELD),
    /** The person was returned to court (breach); the referral waits for the court's decision. */
    RETURNED_TO_COURT(Kind.HELD),
    /** The Treatment Manager took the person off the intervention, with a reason code. */
    DESELECTED(Kind.CLOSED),
    /** The person started but cannot finish, with a reason code; {@link #COMPLETED} means completed. */
    ENDED_WITHOUT_COMPLETION(Kind.CLOSED);

    /** Whether a referral in the status still moves, and whether readiness reports reach it. */
    public enum Kind {
        /** Moves on; readiness reports apply to a submitted one. */
        OPEN,
        /** Held by a person's decision or the person's circumstances: it moves only by hand, never by readiness. */
        HELD,
        /** Closed: it never moves again. */
        CLOSED
    }

    private final Kind kind;

    ReferralStatus(Kind kind) {
        this.kind = kind;
    }

    /** Open referrals can still move (held ones included); closed ones never do. */
    public boolean isOpen() {
        return kind != Kind.CLOSED;
    }

    /** Held: open, but only a move by hand lifts it; readiness reports neither move it nor raise a concern on it. */
    public boolean isHeld() {
        return kind == Kind.HELD;
    }
}
