package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.Readable;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessPeriod;

/**
 * What contact-log-service holds about a person, for a subject access request: their contacts (what kind, when, who
 * delivered them, how they went, the notes) and their Rehabilitative Activity Requirements with the RAR days counted.
 * Codes read as words; internal ids are left out, but a contact's URN (the reference nDelius mirrors it by), a
 * requirement's nDelius id and a referral's reference are kept, as the person's other records name them.
 *
 * <p>The period: a contact is included when it is dated, was recorded, cancelled or last changed in the period; a requirement
 * when its dates overlap the period or it was registered or last changed in it, with the RAR days it counted in the
 * period (its totals are as they stand now). With nothing in the period, nothing is held.
 */
@Schema(name = "ContactLogSubjectAccess", description = "Everything contact-log-service holds about the person in the period")
public record ContactLogSubjectAccess(
        @Schema(description = "The person's contacts in the period, earliest first") List<ContactHeld> contacts,
        @Schema(description = "The person's RAR requirements in the period") List<RarRequirementHeld> rarRequirements) {

    /** A contact with the person. */
    @Schema(name = "SubjectAccessContact")
    public record ContactHeld(
            @Schema(description = "The reference nDelius mirrors the contact by",
                    example = "urn:hmpps:structured-interventions:contact:5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f")
            String contactReference,
            @Schema(example = "Pre-intervention module: follow-up (pre-work contact)") String type,
            LocalDate date,
            @Schema(type = SchemaType.STRING, format = "partial-time", example = "10:00:00") LocalTime startTime,
            @Schema(type = SchemaType.STRING, format = "partial-time", example = "11:00:00") LocalTime endTime,
            @Schema(example = "Jo Practitioner") String deliveredBy,
            @Schema(example = "Probation practitioner") String deliveredByRole,
            @Schema(description = "Absent until the contact has taken place", example = "Attended complied")
            String outcome,
            @Schema(description = "When it was cancelled: a follow-up booked in the pre-intervention module that "
                    + "will not take place. Absent otherwise; a cancelled contact has no outcome")
            OffsetDateTime cancelledAt,
            String notes,
            @Schema(description = "Whether it is a Rehabilitative Activity Requirement (RAR) activity")
            boolean rarActivity,
            @Schema(description = "The nDelius id of the RAR requirement it counts towards", example = "2500012345")
            Long rarRequirement,
            @Schema(description = "The reference of the referral it belongs to") String referralReference,
            @Schema(example = "Recorded by a practitioner") String howRecorded,
            String recordedBy,
            OffsetDateTime recordedAt,
            String lastChangedBy,
            OffsetDateTime lastChangedAt) {
    }

    /** A Rehabilitative Activity Requirement the court set, and the RAR days counted towards it. */
    @Schema(name = "SubjectAccessRarRequirement")
    public record RarRequirementHeld(
            @Schema(description = "The requirement's id in nDelius", example = "2500012345") long requirement,
            @Schema(example = "20") int maximumDays,
            LocalDate startDate,
            LocalDate expectedEndDate,
            @Schema(description = "RAR days counted so far", example = "3") int daysUsed,
            @Schema(example = "17") int daysRemaining,
            @Schema(description = "The RAR days counted in the period") List<LocalDate> rarDaysInPeriod,
            @Schema(description = "Days of qualifying activity in the period after the maximum was reached: "
                    + "reported, not counted") List<LocalDate> daysBeyondMaximumInPeriod,
            String registeredBy,
            OffsetDateTime registeredAt,
            String lastChangedBy,
            OffsetDateTime lastChangedAt) {
    }

    /** What is held about the person in the period, or nothing when none of it falls in the period. */
    public static Optional<ContactLogSubjectAccess> of(String crn, List<Contact> contacts,
            List<RarRequirement> requirements, SubjectAccessPeriod period) {
        List<ContactHeld> held = contacts.stream().map(Contact::view)
                .filter(c -> period.includes(c.date())
                        || period.includesAny(c.recordedAt(), c.updatedAt(), c.cancelledAt()))
                .map(ContactLogSubjectAccess::contact).toList();
        PersonRar rar = PersonRar.of(crn, requirements.stream().map(RarRequirement::terms).toList(),
                contacts.stream().map(Contact::activity).toList());
        List<RarRequirementHeld> heldRequirements = requirements.stream().map(RarRequirement::view)
                .filter(r -> period.overlaps(r.startDate(), r.expectedEndDate())
                        || period.includesAny(r.registeredAt(), r.updatedAt()))
                .map(r -> requirement(r, rar.tallyOf(r.requirementId()).orElseThrow(), period)).toList();
        if (held.isEmpty() && heldRequirements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContactLogSubjectAccess(held, heldRequirements));
    }

    private static ContactHeld contact(ContactView c) {
        return new ContactHeld(c.urn(), c.type().description(), c.date(), c.startTime(), c.endTime(),
                c.deliveredBy() == null ? null : c.deliveredBy().name(),
                c.deliveredBy() == null ? null : Readable.of(c.deliveredBy().role()), Readable.of(c.outcome()),
                c.cancelledAt(), c.notes(), c.rarActivity(), c.rarRequirementId(),
                c.referralId() == null ? null : c.referralId().toString(), how(c.source()), c.recordedBy(),
                c.recordedAt(), c.updatedBy(), c.updatedAt());
    }

    private static RarRequirementHeld requirement(RarRequirement.View r, RarTally tally, SubjectAccessPeriod period) {
        return new RarRequirementHeld(r.requirementId(), r.maximumDays(), r.startDate(), r.expectedEndDate(),
                tally.daysUsed(), tally.daysRemaining(),
                tally.days().stream().map(RarTally.Day::date).filter(period::includes).toList(),
                tally.daysBeyondMaximum().stream().map(RarTally.Day::date).filter(period::includes).toList(),
                r.registeredBy(), r.registeredAt(), r.updatedBy(), r.updatedAt());
    }

    static String how(ContactSource source) {
        return switch (source) {
            case PRACTITIONER -> "Recorded by a practitioner";
            case READINESS_SERVICE -> "Made from the pre-intervention module's record";
        };
    }
}
