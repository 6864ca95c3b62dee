package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Contact;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactOutcome;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactType;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.PersonRar;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarTally;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;

/** A person's RAR days, as GET /people/{crn}/rar answers them. */
@Schema(name = "RarSummary", description = "A person's Rehabilitative Activity Requirements and the RAR days each has used")
public record RarSummary(@Schema(example = "X123456", pattern = PersonReference.CRN_PATTERN) String crn, List<Requirement> requirements,
        @Schema(description = "RAR activities that count towards no requirement: none covered their date when they "
                + "were recorded, or several did") List<ContactSummary> unlinkedRarActivities) {

    @Schema(name = "RarRequirementTally")
    public record Requirement(@Schema(example = "2500012345") long requirementId,
            @Schema(example = "20") int maximumDays, LocalDate startDate, LocalDate expectedEndDate,
            @Schema(example = "1") int daysUsed, @Schema(example = "19") int daysRemaining,
            @Schema(description = "The RAR days counted, earliest first") List<Day> rarDays,
            @Schema(description = "Days of qualifying activity after the maximum was reached: reported, not counted")
            List<Day> daysBeyondMaximum,
            @Schema(description = "Contacts linked to the requirement that make no RAR day, and why")
            List<NotCounted> contactsNotCounted) {
    }

    @Schema(name = "RarDay", description = "A calendar day with at least one qualifying contact")
    public record Day(LocalDate date, List<ContactSummary> contacts) {
    }

    @Schema(name = "RarContact")
    public record ContactSummary(UUID contactId, @Schema(example = "urn:hmpps:structured-interventions:contact:"
            + "5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f", pattern = Contact.URN_PATTERN) String urn, ContactType type, LocalDate date,
            @Schema(type = SchemaType.STRING, format = "partial-time") LocalTime startTime, ContactOutcome outcome) {
    }

    @Schema(name = "RarContactNotCounted")
    public record NotCounted(ContactSummary contact, RarTally.Reason reason) {
    }

    static RarSummary of(PersonRar rar) {
        return new RarSummary(rar.crn(), rar.tallies().stream().map(RarSummary::requirement).toList(),
                rar.unlinkedRarActivities().stream().map(RarSummary::contact).toList());
    }

    private static Requirement requirement(RarTally tally) {
        RarTally.Terms terms = tally.terms();
        return new Requirement(terms.requirementId(), terms.maximumDays(), terms.startDate(), terms.expectedEndDate(),
                tally.daysUsed(), tally.daysRemaining(), days(tally.days()), days(tally.daysBeyondMaximum()),
                tally.notCounted().stream().map(n -> new NotCounted(contact(n.contact()), n.reason())).toList());
    }

    private static List<Day> days(List<RarTally.Day> days) {
        return days.stream().map(d -> new Day(d.date(), d.contacts().stream().map(RarSummary::contact).toList()))
                .toList();
    }

    private static ContactSummary contact(RarTally.Activity a) {
        return new ContactSummary(a.contactId(), a.urn(), a.type(), a.date(), a.startTime(), a.outcome());
    }
}
