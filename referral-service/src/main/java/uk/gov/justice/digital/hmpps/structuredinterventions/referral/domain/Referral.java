package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text.Texts;

/**
 * A referral of a person to a Structured Intervention, and the aggregate that guards its status: only a draft is
 * edited; submission needs every eligibility rule met; every later move follows {@link ReferralStatusTransitions}, by
 * a holder of one of its roles, with a reason where it needs one; each move is logged.
 */
@Entity
@Table(name = "referral")
public class Referral {

    /** What a readiness assessment did to the referral: the move it made, or the concern it raised; or neither. */
    public record ReadinessOutcome(StatusChange move, ReadinessConcern concernRaised) {

        static final ReadinessOutcome NONE = new ReadinessOutcome(null, null);

        public Optional<StatusChange> moved() {
            return Optional.ofNullable(move);
        }

        public Optional<ReadinessConcern> concern() {
            return Optional.ofNullable(concernRaised);
        }
    }

    /** Who moves a referral when the readiness service reports on the person. */
    public static final String READINESS_SERVICE = "readiness-service";

    @Id
    private UUID id;

    private String crn;

    @Column(name = "intervention_id")
    private UUID interventionId;

    @Column(name = "intervention_name")
    private String interventionName;

    private String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_format")
    private DeliveryFormat deliveryFormat;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode")
    private DeliveryMode deliveryMode;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "offence_cohorts", columnDefinition = "jsonb")
    private List<OffenceCohort> offenceCohorts;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_of_recidivism")
    private RiskOfRecidivism riskOfRecidivism;

    @Column(name = "unsuitable_for_accredited_programme")
    private boolean unsuitableForAccreditedProgramme;

    @Column(name = "unsuitable_reason")
    private String unsuitableReason;

    @Column(name = "reason_for_referral")
    private String reasonForReferral;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "readiness_barriers", columnDefinition = "jsonb")
    private List<ReadinessBarrier> readinessBarriers;

    @Column(name = "referred_by")
    private String referredBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Embedded
    private ReferralReadiness readiness;

    @Embedded
    private ReadinessConcern readinessConcern;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<StatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected Referral() {
    }

    /** A new draft, logged as created by the referring practitioner. */
    public static Referral draft(UUID id, ReferralDetails details, String interventionName, String by, OffsetDateTime at) {
        Referral referral = new Referral();
        referral.id = id;
        referral.status = ReferralStatus.DRAFT;
        referral.referredBy = by;
        referral.createdAt = at;
        referral.define(details, interventionName, by, at);
        referral.log(null, ReferralStatus.DRAFT, TransitionTrigger.MANUAL, by, at, null, null, null);
        return referral;
    }

    /**
     * Replaces what a draft says.
     *
     * @throws ProblemException (409) unless it is a draft
     */
    public void revise(ReferralDetails details, String interventionName, String by, OffsetDateTime at) {
        if (status != ReferralStatus.DRAFT) {
            throw ProblemException.conflict("The referral is " + status + "; only a draft can be changed");
        }
        requireAuthor(by, "change");
        define(details, interventionName, by, at);
    }

    /**
     * A draft belongs to its author: only they change, submit or discard (withdraw) it, until it is handed over. Once
     * submitted, a referral's moves need only the roles of {@link ReferralStatusTransitions}.
     *
     * @param action what the caller is doing, for the message: {@code change}, {@code submit}, {@code withdraw}
     * @throws ProblemException (403) when the referral is a draft and {@code by} is not its author
     */
    public void requireAuthor(String by, String action) {
        if (status == ReferralStatus.DRAFT && !isAuthor(by)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A draft belongs to the practitioner who drafted it: "
                    + "only they may " + action + " it, until they hand it over");
        }
    }

    /** Whether {@code user} is the referrer: the author of the draft, or whoever it was handed over to. */
    public boolean isAuthor(String user) {
        return referredBy.equals(user);
    }

    /**
     * Hands a draft over to another practitioner, who becomes its author and referrer. Its author may hand it over,
     * and so may a treatment manager (for an author who has left, or is away). The hand-over is logged; the status
     * stays.
     *
     * @param roles the caller's roles
     * @throws ProblemException (409) unless it is a draft; (403) when the caller is neither its author nor a treatment
     *         manager; (422) naming {@code to} when it is handed to its author
     */
    public StatusChange handOver(String to, String reason, Collection<String> roles, String by, OffsetDateTime at) {
        if (status != ReferralStatus.DRAFT) {
            throw ProblemException.conflict("The referral is " + status + "; only a draft is handed over (a submitted "
                    + "referral's moves need only the role)");
        }
        if (!isAuthor(by) && !roles.contains(Roles.TREATMENT_MANAGER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the draft's author or a treatment manager may hand "
                    + "it over");
        }
        String receiver = to.strip();
        if (isAuthor(receiver)) {
            throw ProblemException.ruleBroken("The draft cannot be handed over like this",
                    List.of(new FieldError("to", "is already the draft's author")));
        }
        String handedOver = "Handed over from " + referredBy + " to " + receiver;
        this.referredBy = receiver;
        this.updatedBy = by;
        this.updatedAt = at;
        String why = Texts.blankToNull(reason);
        return log(status, status, TransitionTrigger.HAND_OVER, by, at, null, why == null ? handedOver
                : handedOver + ": " + why.strip(), null);
    }

    private void define(ReferralDetails details, String name, String by, OffsetDateTime at) {
        this.crn = details.crn();
        this.interventionId = details.interventionId();
        this.interventionName = name;
        this.region = details.region().strip();
        this.deliveryFormat = details.deliveryFormat();
        this.deliveryMode = details.deliveryMode();
        this.dateOfBirth = details.dateOfBirth();
        this.sex = details.sex();
        this.offenceCohorts = details.offenceCohorts().stream().sorted().toList();
        this.riskOfRecidivism = details.riskOfRecidivism();
        this.unsuitableForAccreditedProgramme = Boolean.TRUE.equals(details.unsuitableForAccreditedProgramme());
        this.unsuitableReason = Texts.blankToNull(details.unsuitableForAccreditedProgrammeReason());
        this.reasonForReferral = details.reasonForReferral().strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** What the referral says, as the eligibility rules read it. */
    public ReferralDetails details() {
        return new ReferralDetails(crn, interventionId, region, deliveryFormat, deliveryMode, dateOfBirth, sex,
                Set.copyOf(offenceCohorts == null ? List.of() : offenceCohorts), riskOfRecidivism,
                unsuitableForAccreditedProgramme, unsuitableReason, reasonForReferral);
    }

    /**
     * Submits a draft. It then awaits readiness: the pre-intervention module is a prerequisite for Structured
     * Interventions.
     *
     * @param broken the eligibility rules the referral breaks, from {@link ReferralEligibility}
     * @throws ProblemException (409) unless it is a draft, (422) naming each broken rule
     */
    public void submit(List<FieldError> broken, String interventionName, String by, OffsetDateTime at) {
        if (status != ReferralStatus.DRAFT) {
            throw ProblemException.conflict("The referral is " + status + "; only a draft can be submitted");
        }
        requireAuthor(by, "submit");
        ProblemException.throwIfBroken("The referral cannot be submitted: it breaks "
                    + (broken.size() == 1 ? "a rule" : broken.size() + " rules"), broken);
        this.interventionName = interventionName;
        this.submittedAt = at;
        move(ReferralStatus.AWAITING_READINESS, TransitionTrigger.SUBMISSION, by, at, null, null, null);
    }

    /**
     * Moves the referral by hand, as {@code POST /referrals/{id}/transitions} asks.
     *
     * @param roles the caller's roles
     * @throws ProblemException (409) when the move is not allowed from here, (403) when no role of the caller allows
     *         it, (422) when a reason it needs is missing, or a reason code it needs is missing or not one it takes;
     *         a reason code given to a move that takes none is not kept
     */
    public StatusChange transition(ReferralStatus to, Collection<String> roles, ReasonCode reasonCode,
            String reason, String notes, String by, OffsetDateTime at) {
        StatusTransition transition = ReferralStatusTransitions.find(status, to)
                .filter(t -> t.trigger() == TransitionTrigger.MANUAL)
                .orElseThrow(() -> ProblemException.conflict("A referral cannot be moved by hand from " + status
                        + " to " + to + "; GET /referral-status-transitions lists the moves"));
        if (transition.roles().stream().noneMatch(roles::contains)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Moving a referral from " + status + " to " + to
                    + " needs one of the roles " + String.join(", ", transition.roles()));
        }
        requireAuthor(by, "withdraw");
        List<FieldError> broken = new ArrayList<>();
        if (transition.reasonRequired() && (reason == null || reason.isBlank())) {
            broken.add(new FieldError("reason", "is required to move a referral to " + to));
        }
        if (transition.reasonCodeRequired() && reasonCode == null) {
            broken.add(new FieldError("reasonCode", "is required to move a referral to " + to));
        } else if (transition.reasonCodeRequired() && !transition.reasonCodes().contains(reasonCode)) {
            broken.add(new FieldError("reasonCode", "must be one of " + transition.reasonCodes().stream().sorted()
                    .map(ReasonCode::name).toList() + " to move a referral to " + to));
        }
        ProblemException.throwIfBroken("The referral cannot be moved to " + to + " like this", broken);
        return move(to, TransitionTrigger.MANUAL, by, at, transition.reasonCodeRequired() ? reasonCode : null,
                Texts.blankToNull(reason), Texts.blankToNull(notes));
    }

    /**
     * Applies a readiness assessment to the referral, if it was made for it ({@link ReadinessAssessment#covers}) and is
     * later than the one it holds. Readiness belongs to the referral: one submitted after an earlier assessment waits
     * for an assessment made for it. Ready, once the person has completed the module, moves a referral waiting on
     * readiness to ready to allocate. Not ready pauses a waiting or ready-to-allocate referral as suitable but not
     * ready, with the barriers; where {@link ReferralStatusTransitions} has no readiness move back from the status
     * (allocated, in progress), the referral keeps its status and carries a {@link ReadinessConcern} for the Treatment
     * Manager. A later ready assessment clears the concern. A held referral (deprioritised, recalled, returned to
     * court) takes no assessment: when the hold is lifted it goes back to await readiness and waits for a new one.
     *
     * @param moduleComplete whether the person has completed the module, which counts for all their referrals
     * @return the move made or the concern raised, if any
     */
    public ReadinessOutcome assessed(ReadinessAssessment assessment, boolean moduleComplete, OffsetDateTime at) {
        if (status == ReferralStatus.DRAFT || !status.isOpen() || status.isHeld() || !assessment.covers(id, submittedAt)
                || (readiness != null && !readiness.replacedBy(assessment))) {
            return ReadinessOutcome.NONE;
        }
        readiness = new ReferralReadiness(assessment);
        updatedBy = READINESS_SERVICE;
        updatedAt = at;
        if (assessment.ready()) {
            readinessConcern = null;
            return new ReadinessOutcome(moduleComplete
                    ? readinessMove(ReferralStatus.READY_TO_ALLOCATE, "Module completed and assessed ready", at)
                            .orElse(null)
                    : null, null);
        }
        Optional<StatusChange> paused = readinessMove(ReferralStatus.SUITABLE_BUT_NOT_READY,
                "Assessed not ready: " + assessment.barriers(), at);
        if (paused.isPresent() || status == ReferralStatus.SUITABLE_BUT_NOT_READY) {
            readinessBarriers = assessment.barriers();
            return new ReadinessOutcome(paused.orElse(null), null);
        }
        // Readiness lost where no readiness move goes back: the Treatment Manager is told, nothing carries on silently.
        readinessConcern = new ReadinessConcern(assessment, at);
        return new ReadinessOutcome(null, readinessConcern);
    }

    /**
     * The person completed the module, which counts for every referral of theirs: a referral waiting on readiness
     * whose own latest assessment found the person ready moves to ready to allocate.
     *
     * @return the move made, if any
     */
    public Optional<StatusChange> moduleCompleted(OffsetDateTime at) {
        if (readiness == null || !readiness.ready()) {
            return Optional.empty();
        }
        return readinessMove(ReferralStatus.READY_TO_ALLOCATE, "Module completed and assessed ready", at);
    }

    /** The move readiness makes to the status, where the table has one from the current status. */
    private Optional<StatusChange> readinessMove(ReferralStatus to, String reason, OffsetDateTime at) {
        return ReferralStatusTransitions.find(status, to)
                .filter(transition -> transition.trigger() == TransitionTrigger.READINESS_EVENT)
                .map(transition -> move(to, TransitionTrigger.READINESS_EVENT, READINESS_SERVICE, at, null, reason,
                        null));
    }

    private StatusChange move(ReferralStatus to, TransitionTrigger trigger, String by, OffsetDateTime at,
            ReasonCode reasonCode, String reason, String notes) {
        StatusChange change = log(status, to, trigger, by, at, reasonCode, reason, notes);
        if (to != ReferralStatus.SUITABLE_BUT_NOT_READY) {
            // The barriers describe why a paused referral waits; once it moves on they no longer apply.
            this.readinessBarriers = List.of();
        }
        this.status = to;
        this.updatedBy = by;
        this.updatedAt = at;
        return change;
    }

    private StatusChange log(ReferralStatus from, ReferralStatus to, TransitionTrigger trigger, String by,
            OffsetDateTime at, ReasonCode reasonCode, String reason, String notes) {
        StatusChange change = new StatusChange(this, history.size(), from, to, trigger, by, at, reasonCode, reason, notes);
        history.add(change);
        return change;
    }

    public UUID id() {
        return id;
    }

    public String crn() {
        return crn;
    }

    public UUID interventionId() {
        return interventionId;
    }

    public String interventionName() {
        return interventionName;
    }

    public String region() {
        return region;
    }

    public ReferralStatus status() {
        return status;
    }

    /** The referrer: the practitioner who drafted it, or the one it was handed over to. */
    public String referredBy() {
        return referredBy;
    }

    public long version() {
        return version;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public ReferralView view() {
        return new ReferralView(id, version, crn, interventionId, interventionName, region, deliveryFormat, deliveryMode,
                dateOfBirth, sex, offenceCohorts == null ? List.of() : List.copyOf(offenceCohorts), riskOfRecidivism,
                unsuitableForAccreditedProgramme, unsuitableReason, reasonForReferral, status,
                readinessBarriers == null ? List.of() : List.copyOf(readinessBarriers),
                readiness == null ? null : readiness.view(),
                readinessConcern == null ? null : readinessConcern.view(), referredBy, createdAt,
                updatedBy, updatedAt, submittedAt);
    }
}
