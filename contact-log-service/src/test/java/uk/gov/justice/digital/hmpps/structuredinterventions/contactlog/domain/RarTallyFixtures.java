package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Contacts as the RAR count sees them, with the defaults a test does not care about. */
final class RarTallyFixtures {

    static final long REQUIREMENT = 2500012345L;
    static final LocalDate START = LocalDate.of(2026, 10, 1);
    static final LocalDate END = LocalDate.of(2027, 9, 30);

    private RarTallyFixtures() {
    }

    static RarTally.Terms terms(int maximumDays) {
        return new RarTally.Terms(REQUIREMENT, maximumDays, START, END);
    }

    static RarTally.Activity attended(ContactType type, LocalDate date) {
        return contact(type, date, ContactOutcome.ATTENDED_COMPLIED);
    }

    static RarTally.Activity contact(ContactType type, LocalDate date, ContactOutcome outcome) {
        return new RarTally.Activity(UUID.randomUUID(), "urn", type, date, LocalTime.of(10, 0), type.rarActivity(),
                outcome, type.rarActivity() ? REQUIREMENT : null);
    }

    static RarTally.Activity withOutcome(RarTally.Activity contact, ContactOutcome outcome) {
        return new RarTally.Activity(contact.contactId(), contact.urn(), contact.type(), contact.date(),
                contact.startTime(), contact.rarActivity(), outcome, contact.requirementId());
    }

    static RarTally.Activity linkedTo(RarTally.Activity contact, Long requirementId) {
        return new RarTally.Activity(contact.contactId(), contact.urn(), contact.type(), contact.date(),
                contact.startTime(), contact.rarActivity(), contact.outcome(), requirementId);
    }
}
