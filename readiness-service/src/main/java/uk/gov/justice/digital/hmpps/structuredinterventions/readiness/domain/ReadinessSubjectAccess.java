package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.Readable;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessPeriod;

/**
 * What readiness-service holds about a person, for a subject access request: their pre-intervention module record —
 * the introduction, the follow-ups with the reflections noted, the follow-ups booked ahead, the completion, the revisits, the readiness assessments
 * and the concerns they raised — and the referrals it is kept for. Codes read as words; internal ids are left out, but
 * referral references (the ids practitioners see on a referral) are kept.
 *
 * <p>The period: a session (introduction, follow-up, revisit) is included when it took place or was recorded in the
 * period; a booked follow-up when it was booked, is dated or was closed (delivered, missed or cancelled) in the
 * period; the completion when the module was completed or the completion recorded in it; an assessment when it was
 * made in it; a concern when it was raised or acknowledged in it; a referral when it was linked in it. The record's
 * standing is included with anything else; with nothing else in the period, nothing is held.
 *
 * <p>Programme Managers' appointments of facilitators and peer mentors are about staff, not the person, and are not
 * included; the name and role of whoever delivered each session are.
 */
@Schema(name = "ReadinessSubjectAccess", description = "Everything readiness-service holds about the person in the period")
public record ReadinessSubjectAccess(
        @Schema(description = "Where the person stands with the module now", example = "Awaiting follow up")
        String readinessStatus,
        @Schema(description = "When the service first heard of the person") OffsetDateTime recordOpenedAt,
        @Schema(description = "The referrals of the person the record is kept for, withdrawn ones included, linked in "
                + "the period")
        List<ReferralHeld> referrals,
        @Schema(description = "The module's introduction (step 1), if in the period") IntroductionHeld introduction,
        List<FollowUpHeld> followUps,
        @Schema(description = "The follow-ups booked ahead, and how each ended, earliest session first")
        List<FollowUpBookingHeld> followUpBookings,
        @Schema(description = "The module's completion, if in the period") CompletionHeld moduleCompletion,
        List<RevisitHeld> revisits,
        List<AssessmentHeld> readinessAssessments,
        List<ConcernHeld> concerns) {

    /** A referral of the person, as referral-service reported it. */
    @Schema(name = "SubjectAccessLinkedReferral")
    public record ReferralHeld(
            @Schema(description = "The reference practitioners see on the referral") String referralReference,
            @Schema(example = "Positive Pathways") String intervention,
            @Schema(example = "london") String region,
            @Schema(example = "Awaiting readiness") String status,
            String referredBy,
            OffsetDateTime linkedAt) {
    }

    /** When a session took place (UK date and times), and who delivered it in what role. */
    @Schema(name = "SubjectAccessSession")
    public record SessionHeld(
            LocalDate date,
            @Schema(type = SchemaType.STRING, format = "partial-time", example = "10:00:00") LocalTime startTime,
            @Schema(type = SchemaType.STRING, format = "partial-time", example = "11:00:00") LocalTime endTime,
            @Schema(example = "Sam Jones") String deliveredBy,
            @Schema(example = "Peer mentor") String deliveredByRole) {
    }

    @Schema(name = "SubjectAccessIntroduction")
    public record IntroductionHeld(SessionHeld session, boolean aboutPageWalkedThrough,
            boolean contentsPageWalkedThrough, boolean formatExplained, List<String> exercisesOverviewed,
            boolean paperCopyGiven, boolean suitableDevice, String technologicalBarriers, int moduleVersion,
            String notes, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Schema(name = "SubjectAccessFollowUp")
    public record FollowUpHeld(SessionHeld session, @Schema(example = "Extended") String length,
            boolean reviewedModuleBeforehand, boolean probationServiceDeviceUsed, List<String> exercisesDiscussed,
            String reflectionNotes, @Schema(example = "Attended complied") String attendance, boolean preWorkContact,
            @Schema(description = "The references of the referrals it followed up") List<String> referralReferences,
            int moduleVersion, String notes, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** A follow-up booked ahead: what was arranged, and how it ended once delivered, missed or cancelled. */
    @Schema(name = "SubjectAccessFollowUpBooking")
    public record FollowUpBookingHeld(
            @Schema(example = "Cancelled") String status,
            @Schema(description = "When it was booked to take place, and who was to deliver it") SessionHeld session,
            @Schema(example = "Extended") String length,
            @Schema(description = "Whether a Probation Service device was to be used") boolean probationServiceDevice,
            String location,
            String notes,
            @Schema(description = "The references of the referrals linked when it was booked")
            List<String> referralReferences,
            String bookedBy,
            OffsetDateTime bookedAt,
            @Schema(description = "How it went, once delivered or missed", example = "Attended complied")
            String attendance,
            @Schema(description = "Why it was called off, once cancelled", example = "Person unavailable")
            String cancellationReason,
            @Schema(description = "Notes on why it was missed or cancelled") String outcomeNotes,
            String closedBy,
            OffsetDateTime closedAt) {
    }

    @Schema(name = "SubjectAccessModuleCompletion")
    public record CompletionHeld(LocalDate completedOn, int moduleVersion, String notes, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    @Schema(name = "SubjectAccessRevisit")
    public record RevisitHeld(SessionHeld session, List<String> exercisesRevisited, String reason, int moduleVersion,
            String notes, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Schema(name = "SubjectAccessReadinessAssessment")
    public record AssessmentHeld(boolean ready, @Schema(example = "[\"Work pattern\"]") List<String> barriers,
            String notes, boolean raisedAConcern,
            @Schema(description = "The references of the referrals it was made for") List<String> referralReferences,
            String assessedBy, OffsetDateTime assessedAt) {
    }

    @Schema(name = "SubjectAccessConcern")
    public record ConcernHeld(String description, List<String> barriers, boolean recommendSentencePlanReassessment,
            @Schema(example = "[\"Probation practitioner\", \"Treatment manager\"]") List<String> addressedTo,
            String raisedBy, OffsetDateTime raisedAt, boolean acknowledged, String acknowledgedBy,
            OffsetDateTime acknowledgedAt, String acknowledgementNotes) {
    }

    /**
     * What the record holds in the period, or nothing when none of it falls in the period.
     *
     * @param referrals every referral the record was kept for, withdrawn ones included (the record's view lists only
     *         those still linked)
     * @param bookings the person's follow-up bookings, earliest session first
     */
    public static Optional<ReadinessSubjectAccess> of(ReadinessRecord.View record, List<LinkedReferral.View> referrals,
            List<FollowUpBooking.View> bookings, SubjectAccessPeriod period) {
        List<ReferralHeld> referralsHeld = referrals.stream()
                .filter(referral -> period.includes(referral.linkedAt()))
                .map(referral -> new ReferralHeld(referral.referralId().toString(), referral.interventionName(),
                        referral.region(), Readable.ofCode(referral.status()), referral.referredBy(),
                        referral.linkedAt()))
                .toList();
        Introduction.View intro = record.introduction();
        IntroductionHeld introduction = intro != null
                && (period.includes(intro.session().date()) || period.includes(intro.recordedAt()))
                ? new IntroductionHeld(session(intro.session(), intro.deliveredBy()), intro.aboutPageWalkedThrough(),
                        intro.contentsPageWalkedThrough(), intro.formatExplained(),
                        Readable.of(intro.exercisesOverviewed()), intro.paperCopyGiven(), intro.suitableDevice(),
                        intro.technologicalBarriers(), intro.moduleVersion(), intro.notes(), intro.recordedBy(),
                        intro.recordedAt())
                : null;
        List<FollowUpHeld> followUps = record.followUps().stream()
                .filter(f -> period.includes(f.session().date()) || period.includes(f.recordedAt()))
                .map(f -> new FollowUpHeld(session(f.session(), f.deliveredBy()), Readable.of(f.length()),
                        f.reviewedModuleBeforehand(), f.probationServiceDeviceUsed(),
                        Readable.of(f.exercisesDiscussed()), f.reflectionNotes(), Readable.of(f.attendance()),
                        f.preWorkContact(), references(f.referralIds()), f.moduleVersion(), f.notes(),
                        f.recordedBy(), f.recordedAt()))
                .toList();
        List<FollowUpBookingHeld> bookingsHeld = bookings.stream()
                .filter(b -> period.includes(b.session().date()) || period.includesAny(b.bookedAt(), b.closedAt()))
                .map(b -> new FollowUpBookingHeld(Readable.of(b.status()), session(b.session(), b.deliveredBy()),
                        Readable.of(b.length()), b.probationServiceDevice(), b.location(), b.notes(),
                        references(b.referralIds()), b.bookedBy(), b.bookedAt(), Readable.of(b.attendance()),
                        Readable.of(b.cancellationReason()), b.outcomeNotes(), b.closedBy(), b.closedAt()))
                .toList();
        ModuleCompletion.View done = record.completion();
        CompletionHeld completion = done != null
                && (period.includes(done.completedOn()) || period.includes(done.recordedAt()))
                ? new CompletionHeld(done.completedOn(), done.moduleVersion(), done.notes(), done.recordedBy(),
                        done.recordedAt())
                : null;
        List<RevisitHeld> revisits = record.revisits().stream()
                .filter(r -> period.includes(r.session().date()) || period.includes(r.recordedAt()))
                .map(r -> new RevisitHeld(session(r.session(), r.deliveredBy()), Readable.of(r.exercisesRevisited()),
                        r.reason(), r.moduleVersion(), r.notes(), r.recordedBy(), r.recordedAt()))
                .toList();
        List<AssessmentHeld> assessments = record.assessments().stream()
                .filter(a -> period.includes(a.assessedAt()))
                .map(a -> new AssessmentHeld(a.ready(), Readable.of(a.barriers()), a.notes(), a.concernId() != null,
                        references(a.referralIds()), a.assessedBy(), a.assessedAt()))
                .toList();
        List<ConcernHeld> concerns = record.concerns().stream()
                .filter(c -> period.includesAny(c.raisedAt(), c.acknowledgedAt()))
                .map(c -> new ConcernHeld(c.description(), Readable.of(c.barriers()),
                        c.recommendSentencePlanReassessment(), c.addressedTo().stream().map(Readable::ofCode).toList(),
                        c.raisedBy(), c.raisedAt(), c.acknowledged(), c.acknowledgedBy(), c.acknowledgedAt(),
                        c.acknowledgementNotes()))
                .toList();
        if (referralsHeld.isEmpty() && introduction == null && followUps.isEmpty() && bookingsHeld.isEmpty()
                && completion == null
                && revisits.isEmpty() && assessments.isEmpty() && concerns.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReadinessSubjectAccess(Readable.of(record.status()), record.openedAt(), referralsHeld,
                introduction, followUps, bookingsHeld, completion, revisits, assessments, concerns));
    }

    private static SessionHeld session(Session session, Deliverer deliverer) {
        return new SessionHeld(session.date(), session.startTime(), session.endTime(),
                deliverer == null ? null : deliverer.name(), deliverer == null ? null : Readable.of(deliverer.role()));
    }

    private static List<String> references(List<UUID> referralIds) {
        return referralIds == null ? List.of() : referralIds.stream().map(UUID::toString).toList();
    }
}
