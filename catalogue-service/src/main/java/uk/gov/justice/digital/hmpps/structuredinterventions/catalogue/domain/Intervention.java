package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * An entry in the catalogue and the aggregate that guards its rules: a Structured Intervention has at least four
 * sessions; it is published only with the HMPPS Effective Interventions Panel's approval, which assesses all seven
 * core CSAAP principles as met; only a draft changes; only a published Structured Intervention is offered, in formats
 * and modes it is delivered in; an additional offering records who decided and when. The coverage rule spans
 * interventions, so {@link Coverage} checks it.
 */
@Entity
@Table(name = "intervention")
public class Intervention {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private InterventionType type;

    @Enumerated(EnumType.STRING)
    private InterventionStatus status;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_area_code")
    private NeedAreaCode needArea;

    private String summary;

    private String description;

    @ElementCollection
    @CollectionTable(name = "intervention_focus_area", joinColumns = @JoinColumn(name = "intervention_id"))
    @OrderColumn(name = "position")
    @Column(name = "focus_area")
    private List<String> focusAreas = new ArrayList<>();

    private String approach;

    @Embedded
    private SessionPlan sessionPlan;

    @ElementCollection
    @CollectionTable(name = "intervention_delivery_format", joinColumns = @JoinColumn(name = "intervention_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "format")
    private Set<DeliveryFormat> deliveryFormats = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "intervention_delivery_mode", joinColumns = @JoinColumn(name = "intervention_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "mode")
    private Set<DeliveryMode> deliveryModes = new HashSet<>();

    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Column(name = "maximum_age")
    private Integer maximumAge;

    @ElementCollection
    @CollectionTable(name = "intervention_eligible_sex", joinColumns = @JoinColumn(name = "intervention_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sex")
    private Set<Sex> eligibleSexes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "intervention_offence_cohort", joinColumns = @JoinColumn(name = "intervention_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "cohort")
    private Set<OffenceCohort> offenceCohorts = new HashSet<>();

    @Column(name = "suitability_guidance")
    private String suitabilityGuidance;

    @ElementCollection
    @CollectionTable(name = "intervention_exclusion", joinColumns = @JoinColumn(name = "intervention_id"))
    @OrderColumn(name = "position")
    @Column(name = "exclusion")
    private List<String> exclusions = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "alternative_id")
    private Intervention alternative;

    // The parts of the panel's approval, if one is recorded; PanelApproval says why they are not an embeddable.
    @Column(name = "approval_decided_on")
    private LocalDate approvalDecidedOn;

    @ElementCollection
    @CollectionTable(name = "intervention_principle_assessment", joinColumns = @JoinColumn(name = "intervention_id"))
    @OrderColumn(name = "position")
    private List<PrincipleAssessment> principleAssessments = new ArrayList<>();

    @Column(name = "approval_recorded_by")
    private String approvalRecordedBy;

    @Column(name = "approval_recorded_at")
    private OffsetDateTime approvalRecordedAt;

    @OneToMany(mappedBy = "intervention", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Offering> offerings = new ArrayList<>();

    @Embedded
    private Withdrawal withdrawal;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    /** Set by the seed migration: the service announces such an intervention on its events topic when it starts. */
    @Column(name = "announce_on_start")
    private boolean announceOnStart;

    protected Intervention() {
    }

    /**
     * A new draft.
     *
     * @param alternative the intervention {@code definition.alternativeAccreditedProgrammeId} names, or {@code null}
     * @throws ProblemException (422) naming each broken rule
     */
    public static Intervention draft(UUID id, InterventionDefinition definition, Intervention alternative, String by,
            OffsetDateTime at) {
        Intervention intervention = new Intervention();
        intervention.id = id;
        intervention.status = InterventionStatus.DRAFT;
        intervention.createdBy = by;
        intervention.createdAt = at;
        intervention.define(definition, alternative, by, at);
        return intervention;
    }

    /**
     * Replaces what a draft says.
     *
     * @throws ProblemException (409) unless this is a draft, (422) naming each broken rule
     */
    public void revise(InterventionDefinition definition, Intervention alternative, String by, OffsetDateTime at) {
        requireStatus(InterventionStatus.DRAFT, "changed");
        define(definition, alternative, by, at);
        // The panel assessed what the draft said before: a changed draft needs assessing again.
        keepApproval(null);
    }

    private void define(InterventionDefinition definition, Intervention alternative, String by, OffsetDateTime at) {
        List<FieldError> broken = new ArrayList<>();
        broken.addAll(TextLists.repeats("focusAreas", definition.focusAreas()));
        broken.addAll(TextLists.repeats("exclusions", definition.exclusions()));
        SessionPlan plan = definition.sessionPlan();
        if (definition.type() == InterventionType.STRUCTURED_INTERVENTION && plan == null) {
            broken.add(new FieldError("sessionPlan", "is required for a Structured Intervention, which has a set format"));
        } else if (definition.type() == InterventionType.STRUCTURED_INTERVENTION
                && plan.totalSessions() < SessionPlan.MINIMUM_STRUCTURED_INTERVENTION_SESSIONS) {
            broken.add(new FieldError("sessionPlan", "a Structured Intervention has at least "
                    + SessionPlan.MINIMUM_STRUCTURED_INTERVENTION_SESSIONS + " sessions; this plan has "
                    + plan.totalSessions()));
        }
        Eligibility eligibility = definition.eligibility();
        if (eligibility.minimumAge() != null && eligibility.maximumAge() != null
                && eligibility.maximumAge() < eligibility.minimumAge()) {
            broken.add(new FieldError("eligibility.maximumAge", "must not be below minimumAge"));
        }
        if (alternative != null) {
            String field = "alternativeAccreditedProgrammeId";
            if (definition.type() != InterventionType.STRUCTURED_INTERVENTION) {
                broken.add(new FieldError(field, "only a Structured Intervention points to an accredited alternative"));
            } else if (alternative.type != InterventionType.ACCREDITED_PROGRAMME) {
                broken.add(new FieldError(field, "must name an ACCREDITED_PROGRAMME; " + alternative.name + " is not one"));
            } else if (alternative.status == InterventionStatus.WITHDRAWN) {
                broken.add(new FieldError(field, alternative.name + " has been withdrawn"));
            }
        }
        ProblemException.throwIfBroken("The intervention cannot be recorded like this", broken);
        this.type = definition.type();
        this.name = definition.name().strip();
        this.needArea = definition.needArea();
        this.summary = definition.summary().strip();
        this.description = definition.description().strip();
        this.focusAreas = TextLists.stripped(definition.focusAreas());
        this.approach = definition.approach().strip();
        this.sessionPlan = plan;
        this.deliveryFormats = new HashSet<>(definition.deliveryFormats());
        this.deliveryModes = new HashSet<>(definition.deliveryModes());
        this.minimumAge = eligibility.minimumAge();
        this.maximumAge = eligibility.maximumAge();
        this.eligibleSexes = new HashSet<>(eligibility.sexes());
        this.offenceCohorts = new HashSet<>(eligibility.offenceCohorts());
        this.suitabilityGuidance = definition.suitabilityGuidance().strip();
        this.exclusions = TextLists.stripped(definition.exclusions());
        this.alternative = alternative;
        touch(by, at);
    }

    /**
     * Records the HMPPS Effective Interventions Panel's assessment of a draft Structured Intervention. It must assess
     * each of the seven core CSAAP principles once; it may find some not met, in which case the intervention cannot be
     * published until a later assessment finds all met.
     *
     * @throws ProblemException (409) unless this is a draft, (422) for an Accredited Programme or an incomplete
     *         assessment
     */
    public void recordApproval(PanelAssessment assessment, String by, OffsetDateTime at) {
        requireStatus(InterventionStatus.DRAFT, "assessed");
        List<FieldError> broken = new ArrayList<>();
        if (type != InterventionType.STRUCTURED_INTERVENTION) {
            broken.add(new FieldError("type", "an Accredited Programme is accredited by CSAAP, not approved by the "
                    + PanelApproval.PANEL));
        }
        broken.addAll(PanelApproval.check(assessment));
        ProblemException.throwIfBroken(PanelApproval.CANNOT_RECORD, broken);
        keepApproval(PanelApproval.of(assessment, by, at));
        touch(by, at);
    }

    /** True when the panel's recorded assessment finds all seven core CSAAP principles met. */
    public boolean approved() {
        return approval().map(PanelApproval::approved).orElse(false);
    }

    /** The panel's recorded assessment, if any. */
    public Optional<PanelApproval> approval() {
        return approvalRecordedAt == null ? Optional.empty() : Optional.of(new PanelApproval(approvalDecidedOn,
                principleAssessments, approvalRecordedBy, approvalRecordedAt));
    }

    private void keepApproval(PanelApproval approval) {
        this.approvalDecidedOn = approval == null ? null : approval.decidedOn();
        this.principleAssessments = approval == null ? new ArrayList<>() : new ArrayList<>(approval.principles());
        this.approvalRecordedBy = approval == null ? null : approval.recordedBy();
        this.approvalRecordedAt = approval == null ? null : approval.recordedAt();
    }

    /**
     * Publishes a draft. A Structured Intervention needs the panel's approval with all seven principles met, and its
     * accredited alternative, if it names one, must be published first.
     *
     * @throws ProblemException (409) unless this is a draft, (422) naming what is missing
     */
    public void publish(String by, OffsetDateTime at) {
        requireStatus(InterventionStatus.DRAFT, "published");
        List<FieldError> broken = new ArrayList<>();
        if (type == InterventionType.STRUCTURED_INTERVENTION) {
            Optional<PanelApproval> approval = approval();
            if (approval.isEmpty()) {
                broken.add(new FieldError("approval", "a Structured Intervention is published only with the "
                        + PanelApproval.PANEL + "'s approval against the seven core CSAAP principles; none is recorded"));
            } else {
                broken.addAll(approval.get().principlesNotMet());
            }
        }
        if (alternative != null && alternative.status != InterventionStatus.PUBLISHED) {
            broken.add(new FieldError("alternativeAccreditedProgrammeId",
                    alternative.name + " is " + alternative.status + "; publish it first"));
        }
        ProblemException.throwIfBroken(name + " cannot be published yet", broken);
        this.status = InterventionStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
        touch(by, at);
    }

    /**
     * Withdraws a published intervention and closes its offerings. Whether that leaves a region without a Structured
     * Intervention in a need area is for {@link Coverage} to decide first.
     *
     * @return the regions it was offered in
     * @throws ProblemException (409) unless it is published, (422) for a blank reason
     */
    public List<String> withdraw(String reason, String by, OffsetDateTime at) {
        requireStatus(InterventionStatus.PUBLISHED, "withdrawn");
        Withdrawal recorded = Withdrawal.of(reason, by, at);
        List<String> regions = offeredRegions();
        offerings.clear();
        this.status = InterventionStatus.WITHDRAWN;
        this.withdrawal = recorded;
        touch(by, at);
        return regions;
    }

    /**
     * Opens an offering in {@code region}, or changes the one there.
     *
     * @return true when the offering is new
     * @throws ProblemException (409) unless it is a published Structured Intervention, (422) naming each broken rule
     */
    public boolean offer(String region, OfferingTerms terms, String by, OffsetDateTime at) {
        return offer(region, terms, List.of(), by, at);
    }

    /**
     * Opens an offering in {@code region}, or changes the one there, answering in one 422 the offering's own broken
     * rules and {@code coverageBroken}, those of its basis in the region ({@link Coverage#basisRules}).
     *
     * @return true when the offering is new
     * @throws ProblemException (409) unless it is a published Structured Intervention, (422) naming each broken rule
     */
    public boolean offer(String region, OfferingTerms terms, List<FieldError> coverageBroken, String by,
            OffsetDateTime at) {
        if (status != InterventionStatus.PUBLISHED) {
            throw ProblemException.conflict(name + " is " + status + "; only a published intervention can be offered");
        }
        List<FieldError> broken = new ArrayList<>();
        if (type != InterventionType.STRUCTURED_INTERVENTION) {
            broken.add(new FieldError("interventionId", name + " is an Accredited Programme; regions offer Structured Interventions"));
        }
        for (DeliveryFormat format : terms.deliveryFormats()) {
            if (!deliveryFormats.contains(format)) {
                broken.add(new FieldError("deliveryFormats", name + " is not delivered " + format));
            }
        }
        for (DeliveryMode mode : terms.deliveryModes()) {
            if (!deliveryModes.contains(mode)) {
                broken.add(new FieldError("deliveryModes", name + " is not delivered " + mode));
            }
        }
        if (terms.basis() == OfferingBasis.ADDITIONAL) {
            if (terms.decidedBy() == null || terms.decidedBy().isBlank()) {
                broken.add(new FieldError("decidedBy", "an ADDITIONAL offering is at the Regional Probation Director's "
                        + "discretion: record who decided"));
            }
            if (terms.decidedOn() == null) {
                broken.add(new FieldError("decidedOn", "an ADDITIONAL offering records when it was decided"));
            }
        }
        broken.addAll(coverageBroken);
        ProblemException.throwIfBroken(name + " cannot be offered like this", broken);
        Optional<Offering> existing = offeringIn(region);
        Offering offering = existing.orElseGet(() -> {
            Offering opened = new Offering(this, region, by, at);
            offerings.add(opened);
            return opened;
        });
        offering.setTerms(terms, by, at);
        touch(by, at);
        return existing.isEmpty();
    }

    /**
     * Closes the offering in {@code region}. Whether that leaves the region without a Structured Intervention in the
     * need area is for {@link Coverage} to decide first.
     *
     * @throws ProblemException (404) when it is not offered there
     */
    public void closeOffering(String region, String by, OffsetDateTime at) {
        Offering offering = offeringIn(region)
                .orElseThrow(() -> ProblemException.notFound("An offering of " + name + " in this region", region));
        offerings.remove(offering);
        touch(by, at);
    }

    public Optional<Offering> offeringIn(String region) {
        return offerings.stream().filter(o -> o.region().equals(region)).findFirst();
    }

    public List<String> offeredRegions() {
        return offerings.stream().map(Offering::region).sorted().toList();
    }

    /** Marks an intervention loaded by the seed migration as announced. */
    public void announced() {
        this.announceOnStart = false;
    }

    private void requireStatus(InterventionStatus required, String action) {
        if (status != required) {
            throw ProblemException.conflict(name + " is " + status + "; only a " + required.name().toLowerCase()
                    + " intervention can be " + action);
        }
    }

    /** Every change goes through here, so the version rises even when only an offering changed. */
    private void touch(String by, OffsetDateTime at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public InterventionView view() {
        InterventionView.InterventionReference alternativeReference = alternative == null ? null
                : new InterventionView.InterventionReference(alternative.id, alternative.name);
        return new InterventionView(id, version, type, status, name, needArea, summary, description,
                List.copyOf(focusAreas), approach, sessionPlan, sorted(deliveryFormats), sorted(deliveryModes),
                new InterventionView.EligibilityView(minimumAge, maximumAge, sorted(eligibleSexes), sorted(offenceCohorts)),
                suitabilityGuidance, List.copyOf(exclusions), alternativeReference,
                approval().map(PanelApproval::view).orElse(null),
                offerings.stream().sorted(Comparator.comparing(Offering::region)).map(Offering::view).toList(),
                withdrawal == null ? null : withdrawal.view(), createdBy, createdAt, updatedBy, updatedAt, publishedBy, publishedAt);
    }

    static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
        return values.stream().sorted().toList();
    }

    public UUID id() {
        return id;
    }

    public InterventionType type() {
        return type;
    }

    public InterventionStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public NeedAreaCode needArea() {
        return needArea;
    }

    /** Why, by whom and when it was withdrawn, once it is. */
    public Optional<Withdrawal> withdrawal() {
        return Optional.ofNullable(withdrawal);
    }

    /** The accredited alternative it names, if any. */
    public Intervention alternative() {
        return alternative;
    }

    public long version() {
        return version;
    }

    public boolean announceOnStart() {
        return announceOnStart;
    }
}
