package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry in a referral's status log: from where to where, what moved it, who, when and why. */
@Entity
@Table(name = "referral_status_change")
public class StatusChange {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ReferralStatus to;

    @Enumerated(EnumType.STRING)
    private TransitionTrigger trigger;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    private ReasonCode reasonCode;

    private String reason;

    private String notes;

    protected StatusChange() {
    }

    StatusChange(Referral referral, int sequence, ReferralStatus from, ReferralStatus to, TransitionTrigger trigger,
            String changedBy, OffsetDateTime changedAt, ReasonCode reasonCode, String reason, String notes) {
        this.id = UUID.randomUUID();
        this.referral = referral;
        this.sequence = sequence;
        this.from = from;
        this.to = to;
        this.trigger = trigger;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reasonCode = reasonCode;
        this.reason = reason;
        this.notes = notes;
    }

    public int sequence() {
        return sequence;
    }

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }

    public TransitionTrigger trigger() {
        return trigger;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public ReasonCode reasonCode() {
        return reasonCode;
    }

    public String reason() {
        return reason;
    }

    public String notes() {
        return notes;
    }
}
