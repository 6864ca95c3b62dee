package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a referral was closed the way it was, in a practitioner's words: each code belongs to one {@link Use}, and each
 * row of {@link ReferralStatusTransitions} that takes a code names the use whose codes it accepts.
 */
public enum ReasonCode {
    /** The person no longer needs it, for example after the sentence plan was reassessed. */
    NO_LONGER_NEEDED(Use.WITHDRAWAL),
    /** Found not suitable for the intervention after all. */
    NOT_SUITABLE(Use.WITHDRAWAL),
    /** The person declined to take part. */
    PERSON_DECLINED(Use.WITHDRAWAL),
    /** The sentence or order ended, or the person was recalled or breached. */
    SENTENCE_ENDED(Use.WITHDRAWAL),
    /** The intervention is no longer offered where the person is. */
    INTERVENTION_UNAVAILABLE(Use.WITHDRAWAL),
    /** Referred in error (wrong person, wrong intervention). */
    REFERRED_IN_ERROR(Use.WITHDRAWAL),
    /** Something else; the reason text explains. */
    OTHER(Use.WITHDRAWAL),

    /** Deselected: behaviour in sessions stopped the group working for others. */
    DISRUPTIVE_BEHAVIOUR(Use.DESELECTION),
    /** Deselected: taking part puts other participants or staff at risk. */
    RISK_TO_OTHERS(Use.DESELECTION),
    /** Deselected: the person does not take part in the work of the sessions. */
    NOT_ENGAGING(Use.DESELECTION),
    /** Deselected: the intervention turned out not to meet the person's needs. */
    NEEDS_NOT_MET(Use.DESELECTION),
    /** Deselected for another reason; the reason text explains. */
    OTHER_DESELECTION(Use.DESELECTION),

    /** Ended without completion: the person stopped attending. */
    STOPPED_ATTENDING(Use.ENDING),
    /** Ended without completion: the order or licence ended before the intervention did. */
    ORDER_ENDED(Use.ENDING),
    /** Ended without completion: the person moved out of reach of the delivery. */
    MOVED_AWAY(Use.ENDING),
    /** Ended without completion: the person's health stopped them taking part. */
    ILL_HEALTH(Use.ENDING),
    /** Ended without completion: the person died. */
    PERSON_DIED(Use.ENDING),
    /** Ended without completion for another reason; the reason text explains. */
    OTHER_ENDING(Use.ENDING);

    /** The kind of move a code explains. */
    public enum Use {
        /** A move to {@link ReferralStatus#WITHDRAWN}. */
        WITHDRAWAL,
        /** A move to {@link ReferralStatus#DESELECTED}. */
        DESELECTION,
        /** A move to {@link ReferralStatus#ENDED_WITHOUT_COMPLETION}. */
        ENDING
    }

    private final Use use;

    ReasonCode(Use use) {
        this.use = use;
    }

    public Use use() {
        return use;
    }

    /** The codes of a use, in declaration order. */
    public static Set<ReasonCode> of(Use use) {
        return Arrays.stream(values()).filter(code -> code.use == use)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReasonCode.class)));
    }
}
