package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A person's RAR days: the tally of each of their requirements, and the RAR activities linked to none (recorded before
 * any requirement covering their day was registered, or on a day several requirements cover).
 */
public record PersonRar(String crn, List<RarTally> tallies, List<RarTally.Activity> unlinkedRarActivities) {

    public PersonRar {
        tallies = List.copyOf(tallies);
        unlinkedRarActivities = List.copyOf(unlinkedRarActivities);
    }

    public static PersonRar of(String crn, Collection<RarTally.Terms> requirements,
            Collection<RarTally.Activity> contacts) {
        return new PersonRar(crn, requirements.stream().map(terms -> RarTally.count(terms, contacts)).toList(),
                contacts.stream().filter(c -> c.rarActivity() && c.requirementId() == null).toList());
    }

    public Optional<RarTally> tallyOf(long requirementId) {
        return tallies.stream().filter(t -> t.terms().requirementId() == requirementId).findFirst();
    }

    /**
     * The requirements whose figures or counted days differ from {@code before}, including any that are new: each is a
     * change an nDelius adapter must hear of.
     */
    public List<RarTally> changedSince(PersonRar before) {
        return tallies.stream().filter(tally -> before.tallyOf(tally.terms().requirementId())
                .map(previous -> !previous.summary().equals(tally.summary())
                        || !previous.countedDates().equals(tally.countedDates()))
                .orElse(true)).toList();
    }
}
