package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import java.time.LocalDate;
import java.util.Objects;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * What a search for contacts names: the person, and optionally a date range (inclusive) and a type.
 *
 * @throws ProblemException (400, naming {@code to}) when the range ends before it starts
 */
public record ContactSearch(String crn, LocalDate from, LocalDate to, ContactType type) {

    public ContactSearch {
        Objects.requireNonNull(crn, "crn");
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
    }
}
