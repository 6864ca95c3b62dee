package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * A contact with a person on probation: when, who delivered it, how it went, and whether it counts towards a
 * Rehabilitative Activity Requirement. nDelius mirrors it by its URN, {@code urn:hmpps:structured-interventions:contact:<id>}.
 */
@Entity
@Table(name = "contact")
public class Contact {

    public static final String URN_PREFIX = "urn:hmpps:structured-interventions:contact:";
    /** What every URN is: the prefix and the contact's id, a lower-case UUID. */
    public static final String URN_PATTERN = "^urn:hmpps:structured-interventions:contact:"
            + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    /**
     * A step of the pre-intervention module readiness-service published, as a contact: the introduction, a follow-up
     * or the completion. {@code sourceReference} names the step, so it becomes one contact however often it is heard.
     */
    public record ModuleStep(String sourceReference, String crn, ContactType type, LocalDate date, LocalTime startTime,
            LocalTime endTime, Deliverer deliveredBy, ContactOutcome outcome, UUID referralId, String recordedBy) {
    }

    @Id
    private UUID id;

    private String crn;

    @Enumerated(EnumType.STRING)
    private ContactType type;

    @Column(name = "contact_date")
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Embedded
    private Deliverer deliveredBy;

    @Enumerated(EnumType.STRING)
    private ContactOutcome outcome;

    private String notes;

    @Column(name = "rar_activity")
    private boolean rarActivity;

    @Column(name = "referral_id")
    private UUID referralId;

    @Column(name = "rar_requirement_id")
    private Long rarRequirementId;

    @Enumerated(EnumType.STRING)
    private ContactSource source;

    @Column(name = "source_reference")
    private String sourceReference;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Contact() {
    }

    /**
     * A contact a practitioner records. Only a type recorded by hand may be: the module's introduction, follow-ups and
     * completion are recorded through readiness-service, whose events make their contacts, so that a contact never
     * says more than the readiness record does. A RAR activity counts towards the requirement it names, which must be
     * one of the person's and cover the day, or else towards the person's only requirement covering the day.
     *
     * @param requirements the person's RAR requirements
     * @param today the UK date now: an outcome is known only once the contact has happened
     * @throws ProblemException 422 on {@code type} alone for a module contact; else 422 naming each broken rule
     */
    public static Contact record(ContactDetails details, List<RarTally.Terms> requirements, LocalDate today,
            String by, OffsetDateTime at) {
        ProblemException.throwIfBroken("Contacts of the pre-intervention module are recorded through readiness-service",
                recordedByHand(details));
        List<FieldError> broken = new ArrayList<>();
        if (!details.endTime().isAfter(details.startTime())) {
            broken.add(new FieldError("endTime", "must be after the start time"));
        }
        if (details.outcome() != null && details.date().isAfter(today)) {
            broken.add(new FieldError("outcome", "can only be recorded once the contact has taken place; leave it out "
                    + "for a contact in the future"));
        }
        boolean rarActivity = details.rarActivity() == null ? details.type().rarActivity() : details.rarActivity();
        Long requirementId = details.rarRequirementId();
        if (requirementId != null) {
            long wanted = requirementId;
            Optional<RarTally.Terms> named = requirements.stream()
                    .filter(terms -> terms.requirementId() == wanted).findFirst();
            if (named.isEmpty()) {
                broken.add(new FieldError("rarRequirementId", "is not a RAR requirement of this person"));
            } else if (!rarActivity) {
                broken.add(new FieldError("rarRequirementId", "can only be given for a RAR activity"));
            } else if (!named.get().covers(details.date())) {
                broken.add(new FieldError("rarRequirementId", "runs from " + named.get().startDate() + " to "
                        + named.get().expectedEndDate() + ", which does not cover " + details.date()));
            }
        } else if (rarActivity) {
            requirementId = RarLinks.requirementFor(details.date(), requirements).orElse(null);
        }
        ProblemException.throwIfBroken("The contact breaks the recording rules", broken);
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.crn = details.crn();
        contact.type = details.type();
        contact.date = details.date();
        contact.startTime = details.startTime();
        contact.endTime = details.endTime();
        contact.deliveredBy = details.deliveredBy();
        contact.outcome = details.outcome();
        contact.notes = details.notes();
        contact.rarActivity = rarActivity;
        contact.referralId = details.referralId();
        contact.rarRequirementId = requirementId;
        contact.source = ContactSource.PRACTITIONER;
        contact.stamp(by, at);
        contact.recordedBy = by;
        contact.recordedAt = at;
        return contact;
    }

    /** A module contact is refused, on its own: the other rules of recording do not apply to it. */
    private static List<FieldError> recordedByHand(ContactDetails details) {
        if (details.type().recordedByHand()) {
            return List.of();
        }
        return List.of(new FieldError("type", "cannot be recorded by hand: " + details.type().description()
                + " is recorded through " + details.type().recordedThrough(details.crn())
                + ", and its contact is made from readiness-service's event"));
    }

    /**
     * The contact a step of the module makes. Its id is derived from the step, so the same step always gives the same
     * contact and URN. A RAR activity links to the person's only requirement covering the day.
     */
    public static Contact fromModuleStep(ModuleStep step, List<RarTally.Terms> requirements, OffsetDateTime at) {
        Contact contact = new Contact();
        contact.id = UUID.nameUUIDFromBytes(("structured-interventions:" + step.sourceReference())
                .getBytes(StandardCharsets.UTF_8));
        contact.crn = step.crn();
        contact.type = step.type();
        contact.date = step.date();
        contact.startTime = step.startTime();
        contact.endTime = step.endTime();
        contact.deliveredBy = step.deliveredBy();
        contact.outcome = step.outcome();
        contact.rarActivity = step.type().rarActivity();
        contact.referralId = step.referralId();
        contact.rarRequirementId = contact.rarActivity
                ? RarLinks.requirementFor(step.date(), requirements).orElse(null) : null;
        contact.source = ContactSource.READINESS_SERVICE;
        contact.sourceReference = step.sourceReference();
        contact.stamp(step.recordedBy(), at);
        contact.recordedBy = step.recordedBy();
        contact.recordedAt = at;
        return contact;
    }

    /**
     * Records how the contact went, or corrects it.
     *
     * @return whether the outcome changed
     * @throws ProblemException 409 for a cancelled contact; 422 for a contact that has not happened yet
     */
    public boolean recordOutcome(ContactOutcome newOutcome, LocalDate today, String by,
            OffsetDateTime at) {
        if (cancelledAt != null) {
            throw ProblemException.conflict("The contact was cancelled at " + cancelledAt
                    + ": it did not take place, and has no outcome");
        }
        if (date.isAfter(today)) {
            throw ProblemException.ruleBroken("The contact has not taken place yet", List.of(new FieldError("outcome",
                    "can only be recorded once the contact has taken place, on or after " + date)));
        }
        if (newOutcome == outcome) {
            return false;
        }
        outcome = newOutcome;
        stamp(by, at);
        return true;
    }

    /**
     * A booked follow-up took place, or was missed: readiness-service's follow-up, which has the booking's id and so
     * names this same contact, gives it its outcome and the session as held. Nothing changes for a contact that has an
     * outcome already (the step heard again) or was cancelled.
     *
     * @return whether the contact changed
     */
    public boolean outcomeFromModuleStep(ModuleStep step, OffsetDateTime at) {
        if (!step.sourceReference().equals(sourceReference)) {
            throw new IllegalArgumentException(step.sourceReference() + " is not the step of contact " + id);
        }
        if (outcome != null || cancelledAt != null || step.outcome() == null) {
            return false;
        }
        startTime = step.startTime();
        endTime = step.endTime();
        deliveredBy = step.deliveredBy();
        outcome = step.outcome();
        stamp(step.recordedBy(), at);
        return true;
    }

    /**
     * A booked contact will not take place: readiness-service's booking was cancelled. It stays, marked cancelled, so
     * that nDelius hears of it by its URN; it has no outcome and counts no RAR day. Nothing changes for a contact that
     * has an outcome or was cancelled already.
     *
     * @return whether the contact changed
     */
    public boolean cancel(String by, OffsetDateTime at) {
        if (outcome != null || cancelledAt != null) {
            return false;
        }
        cancelledAt = at;
        stamp(by, at);
        return true;
    }

    /** Links an unlinked RAR activity to the requirement now registered that covers its day. */
    public void linkTo(long requirementId, String by, OffsetDateTime at) {
        if (!rarActivity || rarRequirementId != null) {
            throw new IllegalStateException("contact " + id + " is not an unlinked RAR activity");
        }
        rarRequirementId = requirementId;
        stamp(by, at);
    }

    private void stamp(String by, OffsetDateTime at) {
        updatedBy = by;
        updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String urn() {
        return URN_PREFIX + id;
    }

    public String crn() {
        return crn;
    }

    public ContactType type() {
        return type;
    }

    public LocalDate date() {
        return date;
    }

    public ContactOutcome outcome() {
        return outcome;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean rarActivity() {
        return rarActivity;
    }

    public Long rarRequirementId() {
        return rarRequirementId;
    }

    public long version() {
        return version;
    }

    /** What the RAR count needs of it. */
    public RarTally.Activity activity() {
        return new RarTally.Activity(id, urn(), type, date, startTime, rarActivity, outcome, rarRequirementId,
                cancelledAt != null);
    }

    public ContactView view() {
        return new ContactView(id, urn(), crn, type, date, startTime, endTime, deliveredBy, outcome, notes, rarActivity,
                referralId, rarRequirementId, source, sourceReference, cancelledAt, recordedBy, recordedAt, updatedBy,
                updatedAt, version);
    }
}
