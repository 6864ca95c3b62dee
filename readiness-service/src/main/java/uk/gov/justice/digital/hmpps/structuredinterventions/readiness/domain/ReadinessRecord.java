package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessStatus.NextSteps;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time.UkTime;

/**
 * A person's record of the pre-intervention module and their readiness to take part, and the aggregate that holds the
 * guidance's rules: the introduction happens once; the follow-up comes after a referral, extended (and on a Probation
 * Service device) where the person has not reviewed the module or has no suitable device; facilitators and peer
 * mentors name their current appointment by a Programme Manager, and anyone but a practitioner records only the sessions
 * they delivered themselves ({@link Delivery}); the module completes once, after the introduction and
 * attended follow-ups covering all four exercises, and revisits never complete it again; a person is assessed ready
 * only once the module is complete, and an assessment is made for the referrals open at the time, so a later referral
 * waits for one of its own; unresolved issues raise a concern for the practitioner and Treatment Manager.
 */
@Entity
@Table(name = "readiness_record")
public class ReadinessRecord {

    /** What the next follow-up must be, from what is known so far; nothing once the module is complete. */
    public record FollowUpRequirement(boolean mustBeExtended, boolean probationServiceDeviceNeeded,
            List<String> reasons, List<ExerciseCode> exercisesStillToCover) {
    }

    /** The whole record as a UI shows it. */
    @Schema(name = "ReadinessRecord", description = "A person's readiness record: the module's sessions, assessments and concerns, with a derived status and the next step")
    public record View(@Schema(example = "X123456", pattern = PersonReference.CRN_PATTERN) String crn,
            ReadinessStatus status,
            @Schema(example = "Hold the follow-up session on the person's reflections.", description = "The status's "
                    + "next step; each status has its own", enumeration = {NextSteps.INTRODUCE, NextSteps.REFER,
                            NextSteps.FOLLOW_UP, NextSteps.COMPLETE, NextSteps.ASSESS, NextSteps.NONE,
                            NextSteps.WORK_ON_BARRIERS}) String nextStep,
            FollowUpRequirement followUpRequirement,
            List<LinkedReferral.View> linkedReferrals, Introduction.View introduction, List<FollowUp.View> followUps,
            ModuleCompletion.View completion, List<Revisit.View> revisits, List<Assessment.View> assessments,
            List<Concern.View> concerns, int openConcerns, OffsetDateTime openedAt, String updatedBy,
            OffsetDateTime updatedAt, long version) {
    }

    static final String NO_DEVICE = ExtendedSessionRule.NO_DEVICE;
    static final String NOT_REVIEWED = ExtendedSessionRule.NOT_REVIEWED;

    @Id
    private String crn;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "introduction_id")
    private Introduction introduction;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "crn", nullable = false, updatable = false)
    @OrderBy("recordedAt")
    private List<FollowUp> followUps = new ArrayList<>();

    @Embedded
    private ModuleCompletion completion;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "crn", nullable = false, updatable = false)
    @OrderBy("recordedAt")
    private List<Revisit> revisits = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "crn", nullable = false, updatable = false)
    @OrderBy("assessedAt")
    private List<Assessment> assessments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "crn", nullable = false, updatable = false)
    @OrderBy("raisedAt")
    private List<Concern> concerns = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "crn", nullable = false, updatable = false)
    @OrderBy("linkedAt")
    private List<LinkedReferral> referrals = new ArrayList<>();

    /**
     * {@link #status()} as it was after the last change, kept so that lists filter and sort by it along an index; it
     * is derived again at every change ({@link #touch}).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ReadinessStatus listedStatus;

    /** When the record took its current status: how long the person has waited in it. */
    @Column(name = "status_since")
    private OffsetDateTime statusSince;

    /** Who recorded the introduction, for their list of the people they introduced the module to. */
    @Column(name = "introduced_by")
    private String introducedBy;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ReadinessRecord() {
    }

    /** An empty record, opened by the first thing heard of the person. */
    public static ReadinessRecord open(String crn, OffsetDateTime at) {
        ReadinessRecord record = new ReadinessRecord();
        record.crn = crn;
        record.openedAt = at;
        record.updatedAt = at;
        record.updatedBy = "readiness-service";
        record.listedStatus = ReadinessStatus.AWAITING_INTRODUCTION;
        record.statusSince = at;
        return record;
    }

    /**
     * Step 1: the module was introduced.
     *
     * @throws ProblemException 409 when it was introduced already; 422 naming each broken rule
     */
    public Introduction introduce(IntroductionDetails details, int moduleVersion, LocalDate today, String by,
            OffsetDateTime at) {
        return introduce(details, Delivery.byPractitioner(details.deliveredBy(), by), moduleVersion, today, at);
    }

    /**
     * Step 1, recorded by {@code delivery}'s recorder.
     *
     * @throws ProblemException 403 when the recorder may record only their own sessions and this is not one; 409 when
     *         it was introduced already; 422 naming each broken rule
     */
    public Introduction introduce(IntroductionDetails details, Delivery delivery, int moduleVersion, LocalDate today,
            OffsetDateTime at) {
        delivery.checkRecorder();
        String by = delivery.by();
        if (introduction != null) {
            throw ProblemException.conflict("The module was introduced to this person on " + introduction.session().date()
                    + "; it is introduced once");
        }
        List<FieldError> broken = new ArrayList<>(delivery.check("deliveredBy"));
        broken.addAll(details.session().check("session", today));
        ProblemException.throwIfBroken("The introduction cannot be recorded", broken);
        introduction = new Introduction(details, delivery.recorded(), moduleVersion, by, at);
        touch(by, at);
        return introduction;
    }

    /**
     * Step 2: a follow-up session was held, or missed.
     *
     * @throws ProblemException 409 before the introduction, before a referral, or after completion; 422 naming each
     *         broken rule, such as a standard-length session where an extended one is required
     */
    public FollowUp recordFollowUp(FollowUpDetails details, int moduleVersion, LocalDate today, String by,
            OffsetDateTime at) {
        return recordFollowUp(details, Delivery.byPractitioner(details.deliveredBy(), by), moduleVersion, today, at);
    }

    /**
     * Step 2, recorded by {@code delivery}'s recorder.
     *
     * @throws ProblemException 403 when the recorder may record only their own sessions and this is not one; 409
     *         before the introduction, before a referral, or after completion; 422 naming each broken rule
     */
    public FollowUp recordFollowUp(FollowUpDetails details, Delivery delivery, int moduleVersion, LocalDate today,
            OffsetDateTime at) {
        delivery.checkRecorder();
        return followUp(UUID.randomUUID(), details, delivery, moduleVersion, today, at);
    }

    /**
     * A follow-up booked ahead, by {@code delivery}'s recorder, who may book the sessions they may record: the same
     * order of steps as recording one, a session still to come, the same rules on who delivers it, and the guidance's
     * rule on its length and device ({@link ExtendedSessionRule}; whether the person will have reviewed the module is
     * known only at the session). The booking is not part of the record; the record's version rises with it.
     *
     * @throws ProblemException 403 when the recorder may book only their own sessions and this is not one; 409 before
     *         the introduction, before a referral, or after completion; 422 naming each broken rule
     */
    public FollowUpBooking bookFollowUp(FollowUpBookingDetails details, Delivery delivery, OffsetDateTime at) {
        delivery.checkRecorder();
        String by = delivery.by();
        requireFollowUpPossible();
        List<FieldError> broken = new ArrayList<>(delivery.check("deliveredBy"));
        broken.addAll(FollowUpBooking.checkAhead(details.session(),
                at.atZoneSameInstant(UkTime.ZONE).toLocalDateTime()));
        broken.addAll(ExtendedSessionRule.check(introduction.suitableDevice(), null, details.length(),
                details.probationServiceDevice(), "probationServiceDevice"));
        ProblemException.throwIfBroken("The follow-up cannot be booked", broken);
        FollowUpBooking booking = new FollowUpBooking(crn, details, delivery.recorded(),
                activeReferrals().stream().map(LinkedReferral::referralId).toList(), by, at);
        touch(by, at);
        return booking;
    }

    /**
     * A booked follow-up took place: it becomes the follow-up, under the booking's id, with the booked session,
     * deliverer, length and device (the length and device as given, when they differed), checked as any follow-up is.
     *
     * @throws ProblemException 403 as for recording it; 409 when the booking was closed already, or as for recording a
     *         follow-up; 422 for an outcome in which the person did not attend, a session still to come, or a broken
     *         rule of the follow-up
     */
    public FollowUp deliverBooking(FollowUpBooking booking, BookingDelivery details, Delivery delivery,
            int moduleVersion, LocalDate today, OffsetDateTime at) {
        delivery.checkRecorder();
        booking.checkOpen();
        if (!details.attendance().attended()) {
            throw ProblemException.ruleBroken("The booking cannot be recorded as delivered", List.of(new FieldError(
                    "attendance", "must be ATTENDED_COMPLIED or ATTENDED_FAILED_TO_COMPLY: a booking the person did "
                            + "not attend is recorded as missed")));
        }
        requireTakenPlace(booking, today);
        FollowUp followUp = followUp(booking.id(), booking.delivered(details), delivery, moduleVersion, today, at);
        booking.close(FollowUpBooking.Status.DELIVERED, details.attendance(), null, null, delivery.by(), at);
        return followUp;
    }

    /**
     * A booked follow-up the person did not attend: a missed follow-up, under the booking's id, with nDelius's
     * non-attendance outcome. It discusses nothing and covers no exercise.
     *
     * @throws ProblemException 403 as for recording it; 409 when the booking was closed already, or as for recording a
     *         follow-up; 422 for an outcome in which the person attended, or a session still to come
     */
    public FollowUp missBooking(FollowUpBooking booking, BookingMissed details, Delivery delivery, int moduleVersion,
            LocalDate today, OffsetDateTime at) {
        delivery.checkRecorder();
        booking.checkOpen();
        if (details.outcome().attended()) {
            throw ProblemException.ruleBroken("The booking cannot be recorded as missed", List.of(new FieldError(
                    "outcome", "must be FAILED_TO_ATTEND, ACCEPTABLE_ABSENCE or RESCHEDULED: a booking the person "
                            + "attended is recorded as delivered")));
        }
        requireTakenPlace(booking, today);
        FollowUp followUp = followUp(booking.id(), booking.missed(details), delivery, moduleVersion, today, at);
        booking.close(FollowUpBooking.Status.MISSED, details.outcome(), null, details.notes(), delivery.by(), at);
        return followUp;
    }

    /**
     * A booked follow-up called off before it took place. It makes no follow-up.
     *
     * @throws ProblemException 403 when the recorder may change only their own sessions and this is not one; 409 when
     *         the booking was closed already
     */
    public void cancelBooking(FollowUpBooking booking, BookingCancellation details, Delivery delivery,
            OffsetDateTime at) {
        delivery.checkRecorder();
        booking.checkOpen();
        booking.close(FollowUpBooking.Status.CANCELLED, null, details.reason(), details.notes(), delivery.by(), at);
        touch(delivery.by(), at);
    }

    private static void requireTakenPlace(FollowUpBooking booking, LocalDate today) {
        if (booking.session().date().isAfter(today)) {
            throw ProblemException.ruleBroken("The booked follow-up has not taken place yet", List.of(new FieldError(
                    "session.date", "the session is booked for " + booking.session().date() + ": record how it went "
                            + "once it has taken place, or cancel the booking to call it off")));
        }
    }

    /** The order of the steps: a follow-up comes after the introduction and a referral, and before completion. */
    private void requireFollowUpPossible() {
        if (completion != null) {
            throw ProblemException.conflict("The module was completed on " + completion.completedOn()
                    + "; a later session on it is a revisit");
        }
        if (introduction == null) {
            throw new ProblemException(ProblemType.CONFLICT, "Introduce the module before the follow-up", null,
                    List.of(new FieldError("introduction", "no introduction is recorded for this person")));
        }
        if (activeReferrals().isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The follow-up comes once the person has been referred to an intervention", null,
                    List.of(new FieldError("referral", "no referral of this person is linked")));
        }
    }

    private FollowUp followUp(UUID id, FollowUpDetails details, Delivery delivery, int moduleVersion, LocalDate today,
            OffsetDateTime at) {
        String by = delivery.by();
        requireFollowUpPossible();
        List<FieldError> broken = new ArrayList<>(delivery.check("deliveredBy"));
        broken.addAll(details.session().check("session", today));
        if (details.session().date() != null && details.session().date().isBefore(introduction.session().date())) {
            broken.add(new FieldError("session.date",
                    "must not be before the introduction on " + introduction.session().date()));
        }
        boolean attended = details.attendance().attended();
        if (attended) {
            broken.addAll(ExtendedSessionRule.check(introduction.suitableDevice(), details.reviewedModuleBeforehand(),
                    details.length(), details.probationServiceDeviceUsed(), "probationServiceDeviceUsed"));
            if (details.exercisesDiscussed().isEmpty()) {
                broken.add(new FieldError("exercisesDiscussed", "must name at least one exercise discussed"));
            }
        } else if (!details.exercisesDiscussed().isEmpty()) {
            broken.add(new FieldError("exercisesDiscussed", "must be empty: the person did not attend"));
        }
        ProblemException.throwIfBroken("The follow-up cannot be recorded", broken);
        FollowUp followUp = new FollowUp(id, details, delivery.recorded(),
                activeReferrals().stream().map(LinkedReferral::referralId).toList(), moduleVersion, by, at);
        followUps.add(followUp);
        touch(by, at);
        return followUp;
    }

    /**
     * The module was completed. It completes once.
     *
     * @throws ProblemException 409 when completed already, or before the introduction and attended follow-ups covering
     *         all four exercises; 422 for a completion date in the future or before those follow-ups
     */
    public ModuleCompletion complete(CompletionDetails details, int moduleVersion, LocalDate today, String by,
            OffsetDateTime at) {
        if (completion != null) {
            throw ProblemException.conflict("The module was completed on " + completion.completedOn()
                    + "; it completes once, and later sessions are revisits");
        }
        if (introduction == null) {
            throw new ProblemException(ProblemType.CONFLICT, "The module has not been introduced", null,
                    List.of(new FieldError("introduction", "no introduction is recorded for this person")));
        }
        List<ExerciseCode> missing = ExerciseCodes.missing(exercisesCovered());
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Attended follow-ups have not yet covered every exercise of the module", null,
                    List.of(new FieldError("followUps", "no attended follow-up has covered " + missing)));
        }
        completion = ModuleCompletion.of(details, moduleVersion, coveredOn(), today, by, at);
        touch(by, at);
        return completion;
    }

    /**
     * A return to the completed module. It never completes the module again.
     *
     * @throws ProblemException 409 before completion; 422 naming each broken rule
     */
    public Revisit revisit(RevisitDetails details, int moduleVersion, LocalDate today, String by, OffsetDateTime at) {
        return revisit(details, Delivery.byPractitioner(details.deliveredBy(), by), moduleVersion, today, at);
    }

    /**
     * A revisit, recorded by {@code delivery}'s recorder.
     *
     * @throws ProblemException 403 when the recorder may record only their own sessions and this is not one; 409
     *         before completion; 422 naming each broken rule
     */
    public Revisit revisit(RevisitDetails details, Delivery delivery, int moduleVersion, LocalDate today,
            OffsetDateTime at) {
        delivery.checkRecorder();
        String by = delivery.by();
        if (completion == null) {
            throw ProblemException.conflict("The module is not yet complete: a session on it is a follow-up, not a revisit");
        }
        List<FieldError> broken = new ArrayList<>(delivery.check("deliveredBy"));
        broken.addAll(details.session().check("session", today));
        broken.addAll(completion.checkNotBefore("session.date", details.session().date()));
        ProblemException.throwIfBroken("The revisit cannot be recorded", broken);
        Revisit revisit = new Revisit(details, delivery.recorded(), moduleVersion, by, at);
        revisits.add(revisit);
        touch(by, at);
        return revisit;
    }

    /**
     * The person was assessed ready, or not ready with the barriers found. Not being ready, or issues left unresolved,
     * raise a concern for the practitioners and the Treatment Manager.
     *
     * @return the concern raised, if any
     * @throws ProblemException 409 before the introduction, or for "ready" before completion; 422 naming each broken
     *         rule
     */
    public Optional<Concern> assess(AssessmentDetails details, String by, OffsetDateTime at) {
        if (introduction == null) {
            throw new ProblemException(ProblemType.CONFLICT, "Introduce the module before assessing readiness", null,
                    List.of(new FieldError("introduction", "no introduction is recorded for this person")));
        }
        boolean ready = details.ready();
        if (ready && completion == null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The person can be assessed ready only once the module is complete: it is a prerequisite", null,
                    List.of(new FieldError("ready", "the module is not complete")));
        }
        boolean notes = details.notes() != null && !details.notes().isBlank();
        boolean unresolved = details.unresolvedIssues() != null && !details.unresolvedIssues().isBlank();
        List<FieldError> broken = new ArrayList<>();
        if (ready && !details.barriers().isEmpty()) {
            broken.add(new FieldError("barriers", "must be empty when the person is ready"));
        }
        if (!ready && details.barriers().isEmpty()) {
            broken.add(new FieldError("barriers", "must name at least one barrier when the person is not ready"));
        }
        if (!ready && !notes) {
            broken.add(new FieldError("notes", "must say why the person is not ready"));
        } else if (details.barriers().contains(ReadinessBarrier.OTHER) && !notes) {
            broken.add(new FieldError("notes", "must describe the OTHER barrier"));
        }
        boolean concernRaised = !ready || unresolved;
        boolean recommend = Boolean.TRUE.equals(details.recommendSentencePlanReassessment());
        if (recommend && !concernRaised) {
            broken.add(new FieldError("recommendSentencePlanReassessment",
                    "goes with a concern: the person not ready, or unresolved issues"));
        }
        ProblemException.throwIfBroken("The assessment cannot be recorded", broken);
        // Readiness belongs to a referral: the assessment is made for the referrals open now, and one made later
        // waits for an assessment of its own.
        List<LinkedReferral> assessedFor = openReferrals();
        Concern concern = null;
        if (concernRaised) {
            // The concern is for the Treatment Managers of the regions of the referrals the assessment was made for.
            concern = new Concern(unresolved ? details.unresolvedIssues() : details.notes(),
                    details.barriers().isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(details.barriers())),
                    recommend, practitioners(by), assessedFor.stream().map(LinkedReferral::region).toList(), by, at);
            concerns.add(concern);
        }
        assessments.add(new Assessment(details, concern == null ? null : concern.id(),
                assessedFor.stream().map(LinkedReferral::referralId).toList(), by, at));
        touch(by, at);
        return Optional.ofNullable(concern);
    }

    /** The latest assessment, which stands. */
    public Optional<Assessment> latestAssessment() {
        return assessments.stream().max(Comparator.comparing(Assessment::assessedAt));
    }

    /**
     * A Treatment Manager acknowledges a concern.
     *
     * @throws ProblemException 404 for an unknown concern; 409 when acknowledged already
     */
    public Concern acknowledgeConcern(UUID concernId, String notes, String by, OffsetDateTime at) {
        Concern concern = concerns.stream().filter(c -> c.id().equals(concernId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Concern", concernId));
        concern.acknowledge(notes, by, at);
        touch(by, at);
        return concern;
    }

    /**
     * referral-service reported a referral of the person: a submitted one links, a withdrawn one unlinks. A report no
     * newer than the one held changes nothing, so repeats and stragglers are harmless.
     *
     * @return whether the record changed
     */
    public boolean referralReported(LinkedReferral.Report report, OffsetDateTime at) {
        Optional<LinkedReferral> known = referrals.stream()
                .filter(r -> r.referralId().equals(report.referralId())).findFirst();
        boolean changed;
        if (known.isPresent()) {
            String regionHeld = known.get().region();
            changed = known.get().apply(report);
            if (regionHeld == null && known.get().region() != null) {
                regionLearned(known.get());
            }
        } else {
            referrals.add(new LinkedReferral(report));
            changed = true;
        }
        if (changed) {
            touch("referral-service", at);
        }
        return changed;
    }

    /**
     * A referral linked before its region was kept (V4) has had its region reported: the concerns raised by
     * assessments made for it affect that region too.
     */
    private void regionLearned(LinkedReferral referral) {
        assessments.stream().filter(a -> a.concernId() != null && a.covers(referral.referralId()))
                .forEach(a -> concerns.stream().filter(c -> c.id().equals(a.concernId()))
                        .forEach(c -> c.affects(referral.region())));
    }

    /** The linked referrals not yet completed: those an assessment made now is made for. */
    public List<LinkedReferral> openReferrals() {
        return referrals.stream().filter(LinkedReferral::open).toList();
    }

    /** The referrals linked now, withdrawn ones left out. */
    public List<LinkedReferral> activeReferrals() {
        return referrals.stream().filter(LinkedReferral::linked).toList();
    }

    public ReadinessStatus status() {
        Optional<Assessment> latest = latestAssessment();
        if (latest.isPresent() && !latest.get().ready()) {
            return ReadinessStatus.NOT_READY;
        }
        if (completion != null) {
            // Ready only for the referrals the latest assessment was made for: a referral made since waits for one.
            boolean everyOpenReferralAssessed = latest.isPresent()
                    && openReferrals().stream().allMatch(r -> latest.get().covers(r.referralId()));
            return everyOpenReferralAssessed ? ReadinessStatus.READY : ReadinessStatus.AWAITING_ASSESSMENT;
        }
        if (introduction == null) {
            return ReadinessStatus.AWAITING_INTRODUCTION;
        }
        if (activeReferrals().isEmpty()) {
            return ReadinessStatus.AWAITING_REFERRAL;
        }
        return followUps.stream().anyMatch(FollowUp::attended) ? ReadinessStatus.FOLLOWED_UP
                : ReadinessStatus.AWAITING_FOLLOW_UP;
    }

    public FollowUpRequirement followUpRequirement() {
        if (completion != null) {
            return new FollowUpRequirement(false, false, List.of(), List.of());
        }
        List<String> reasons = introduction == null ? List.of() : extendedReasons(true);
        boolean noDevice = introduction != null && !introduction.suitableDevice();
        return new FollowUpRequirement(!reasons.isEmpty(), noDevice, reasons, ExerciseCodes.missing(exercisesCovered()));
    }

    public Optional<ModuleCompletion> completion() {
        return Optional.ofNullable(completion);
    }

    public View view() {
        ReadinessStatus status = status();
        return new View(crn, status, status.nextStep(), followUpRequirement(),
                activeReferrals().stream().map(LinkedReferral::view).toList(),
                introduction == null ? null : introduction.view(),
                followUps.stream().map(FollowUp::view).toList(), completion == null ? null : completion.view(),
                revisits.stream().map(Revisit::view).toList(), assessments.stream().map(Assessment::view).toList(),
                concerns.stream().map(Concern::view).toList(),
                (int) concerns.stream().filter(c -> !c.acknowledged()).count(), openedAt, updatedBy, updatedAt, version);
    }

    public String crn() {
        return crn;
    }

    public long version() {
        return version;
    }

    private List<String> extendedReasons(boolean reviewedModuleBeforehand) {
        return ExtendedSessionRule.reasons(introduction.suitableDevice(), reviewedModuleBeforehand);
    }

    private Set<ExerciseCode> exercisesCovered() {
        Set<ExerciseCode> covered = EnumSet.noneOf(ExerciseCode.class);
        followUps.stream().filter(FollowUp::attended).forEach(f -> covered.addAll(f.exercisesDiscussed()));
        return covered;
    }

    /** The date of the attended follow-up by which every exercise had been covered. */
    private LocalDate coveredOn() {
        Set<ExerciseCode> covered = EnumSet.noneOf(ExerciseCode.class);
        List<FollowUp> attended = followUps.stream().filter(FollowUp::attended)
                .sorted(Comparator.comparing((FollowUp f) -> f.session().date())
                        .thenComparing(f -> f.session().startTime()))
                .toList();
        for (FollowUp followUp : attended) {
            covered.addAll(followUp.exercisesDiscussed());
            if (covered.size() == ExerciseCode.values().length) {
                return followUp.session().date();
            }
        }
        throw new IllegalStateException("the follow-ups of " + crn + " do not cover every exercise");
    }

    private List<String> practitioners(String by) {
        Set<String> names = new LinkedHashSet<>();
        names.add(by);
        activeReferrals().stream().map(LinkedReferral::referredBy).filter(n -> n != null).forEach(names::add);
        return List.copyOf(names);
    }

    private void touch(String by, OffsetDateTime at) {
        updatedBy = by;
        updatedAt = at;
        ReadinessStatus status = status();
        if (status != listedStatus) {
            listedStatus = status;
            statusSince = at;
        }
        introducedBy = introduction == null ? null : introduction.recordedBy();
    }

    /** The record as a list shows it, from what was kept at its last change. */
    public ReadinessSummary summary() {
        return new ReadinessSummary(crn, listedStatus, statusSince, introducedBy, openedAt, updatedAt, version);
    }
}
