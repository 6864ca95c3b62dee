package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.Readable;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessPeriod;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time.UkTime;

/**
 * What referral-service holds about a person, for a subject access request: their referrals, each with what it says
 * about them, where it stands and its status history with the reasons and notes given, and the day the person completed
 * the pre-intervention module as readiness-service reported it. Codes read as words; internal ids are left out, but
 * a referral's reference (its id, which practitioners see on the referral and quote) is kept.
 *
 * <p>The period: a referral is included when it was created, submitted or last changed in the period, or a status
 * change of it falls in the period; its status history then lists the changes in the period. The module's completion
 * is included when it was completed in the period.
 */
@Schema(name = "ReferralSubjectAccess", description = "Everything referral-service holds about the person in the period")
public record ReferralSubjectAccess(
        @Schema(description = "The person's referrals with anything recorded in the period, oldest first")
        List<HeldReferral> referrals,
        @Schema(description = "The UK date the person completed the pre-intervention module, as the readiness "
                + "service reported it; absent when not completed, or not in the period", example = "2026-11-20")
        LocalDate preInterventionModuleCompletedOn) {

    /** A referral, as the person may read it. */
    @Schema(name = "SubjectAccessReferral")
    public record HeldReferral(
            @Schema(description = "The reference practitioners see on the referral",
                    example = "3f1d7c52-8a4b-4a8e-9b2f-6c0a1e2d3b4c") String referralReference,
            @Schema(example = "Positive Pathways") String intervention,
            @Schema(description = "The probation region the referral was made in", example = "london") String region,
            @Schema(example = "Group") String deliveryFormat,
            @Schema(example = "In person") String deliveryMode,
            LocalDate dateOfBirth,
            @Schema(example = "Male") String sex,
            @Schema(example = "[\"Drink driving\"]") List<String> offenceCohorts,
            @Schema(example = "Low") String riskOfRecidivism,
            boolean unsuitableForAnAccreditedProgramme,
            String whyUnsuitableForAnAccreditedProgramme,
            String reasonForReferral,
            @Schema(example = "Awaiting readiness") String status,
            @Schema(description = "Why the person is not yet ready, while the referral waits for them")
            List<String> readinessBarriers,
            @Schema(description = "The latest readiness assessment made for the referral; absent until one is made")
            ReadinessAssessed latestReadinessAssessment,
            @Schema(description = "An assessment found the person not ready after the referral was allocated; absent "
                    + "when there is none") ConcernHeld readinessConcern,
            @Schema(example = "A_PRACTITIONER") String referredBy,
            OffsetDateTime createdAt,
            OffsetDateTime submittedAt,
            String lastChangedBy,
            OffsetDateTime lastChangedAt,
            @Schema(description = "The referral's status changes in the period, oldest first")
            List<StatusChangeHeld> statusHistory) {
    }

    /** Whether the person was found ready, and when. */
    @Schema(name = "SubjectAccessReadinessAssessment")
    public record ReadinessAssessed(OffsetDateTime assessedAt, boolean ready) {
    }

    /** Readiness lost after allocation, as the Treatment Manager was told of it. */
    @Schema(name = "SubjectAccessReadinessConcern")
    public record ConcernHeld(OffsetDateTime assessedAt, List<String> barriers, OffsetDateTime raisedAt) {
    }

    /** One move of the referral's status. */
    @Schema(name = "SubjectAccessStatusChange")
    public record StatusChangeHeld(
            @Schema(description = "Absent for the referral's creation", example = "Draft") String fromStatus,
            @Schema(example = "Awaiting readiness") String toStatus,
            @Schema(example = "Submitted by the practitioner") String howChanged,
            String changedBy,
            OffsetDateTime changedAt,
            @Schema(example = "Person declined") String reasonCode,
            String reason,
            String notes) {
    }

    /**
     * What is held about the person in the period, or nothing when none of it falls in the period.
     *
     * @param moduleCompletedAt when the person completed the module, as reported; {@code null} when not
     */
    public static Optional<ReferralSubjectAccess> of(List<Referral> referrals, OffsetDateTime moduleCompletedAt,
            SubjectAccessPeriod period) {
        List<HeldReferral> held = referrals.stream().filter(referral -> touched(referral, period))
                .sorted(Comparator.comparing(referral -> referral.view().createdAt()))
                .map(referral -> held(referral, period)).toList();
        LocalDate completedOn = period.includes(moduleCompletedAt) ? UkTime.dateOf(moduleCompletedAt) : null;
        if (held.isEmpty() && completedOn == null) {
            return Optional.empty();
        }
        return Optional.of(new ReferralSubjectAccess(held, completedOn));
    }

    private static boolean touched(Referral referral, SubjectAccessPeriod period) {
        ReferralView view = referral.view();
        return period.includesAny(view.createdAt(), view.submittedAt(), view.updatedAt())
                || referral.history().stream().anyMatch(change -> period.includes(change.changedAt()));
    }

    private static HeldReferral held(Referral referral, SubjectAccessPeriod period) {
        ReferralView view = referral.view();
        return new HeldReferral(view.id().toString(), view.interventionName(), view.region(),
                Readable.of(view.deliveryFormat()), Readable.of(view.deliveryMode()), view.dateOfBirth(),
                Readable.of(view.sex()), Readable.of(view.offenceCohorts()), Readable.of(view.riskOfRecidivism()),
                view.unsuitableForAccreditedProgramme(), view.unsuitableForAccreditedProgrammeReason(),
                view.reasonForReferral(), Readable.of(view.status()), Readable.of(view.readinessBarriers()),
                view.readinessAssessment() == null ? null
                        : new ReadinessAssessed(view.readinessAssessment().assessedAt(),
                                view.readinessAssessment().ready()),
                view.readinessConcern() == null ? null
                        : new ConcernHeld(view.readinessConcern().assessedAt(),
                                Readable.of(view.readinessConcern().barriers()), view.readinessConcern().raisedAt()),
                view.referredBy(), view.createdAt(), view.submittedAt(), view.updatedBy(), view.updatedAt(),
                referral.history().stream().filter(change -> period.includes(change.changedAt()))
                        .map(ReferralSubjectAccess::change).toList());
    }

    private static StatusChangeHeld change(StatusChange change) {
        return new StatusChangeHeld(Readable.of(change.from()), Readable.of(change.to()), how(change.trigger()),
                change.changedBy(), change.changedAt(), Readable.of(change.reasonCode()), change.reason(),
                change.notes());
    }

    static String how(TransitionTrigger trigger) {
        return switch (trigger) {
            case SUBMISSION -> "Submitted by the practitioner";
            case MANUAL -> "Changed by a member of staff";
            case READINESS_EVENT -> "Reported by the pre-intervention module's readiness record";
            case HAND_OVER -> "Draft handed over to another practitioner";
        };
    }
}
