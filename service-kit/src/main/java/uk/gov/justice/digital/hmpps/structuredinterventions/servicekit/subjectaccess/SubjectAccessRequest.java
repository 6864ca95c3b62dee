package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

/**
 * A subject access request as HMPPS's contract puts it: {@code crn} (nDelius case reference number) and/or {@code prn}
 * (NOMIS prison number), and an optional period {@code fromDate}..{@code toDate} (ISO dates, both included). The
 * Structured Interventions services hold people by CRN only: a request naming only a PRN is about a subject they cannot
 * recognise ({@link #prnOnly()}, answered 209); with both, the CRN is used.
 *
 * @param crn the CRN, or {@code null} when the request names only a PRN
 */
public record SubjectAccessRequest(String crn, String prn, SubjectAccessPeriod period) {

    /**
     * Reads the request's query parameters, collecting every broken rule.
     *
     * @throws ProblemException (400) naming each parameter that breaks a rule: neither {@code crn} nor {@code prn}
     *         given, a {@code crn} that is not one, a date that is not an ISO date, {@code fromDate} after
     *         {@code toDate}. The values are never echoed.
     */
    public static SubjectAccessRequest read(String crn, String prn, String fromDate, String toDate) {
        List<FieldError> broken = new ArrayList<>();
        String theCrn = blankToNull(crn);
        String thePrn = blankToNull(prn);
        if (theCrn == null && thePrn == null) {
            broken.add(new FieldError("crn", "must be given (or prn, a prison number)"));
        }
        if (theCrn != null && !theCrn.matches(PersonReference.CRN_PATTERN)) {
            broken.add(new FieldError("crn", "must be an nDelius CRN: a capital letter and six digits"));
        }
        if (thePrn != null && (thePrn.length() > 20 || !thePrn.chars().allMatch(Character::isLetterOrDigit))) {
            broken.add(new FieldError("prn", "must be a prison number: letters and digits, at most 20"));
        }
        LocalDate from = date("fromDate", fromDate, broken);
        LocalDate to = date("toDate", toDate, broken);
        if (from != null && to != null && from.isAfter(to)) {
            broken.add(new FieldError("fromDate", "must not be after toDate"));
        }
        if (!broken.isEmpty()) {
            String message = broken.size() == 1 ? broken.get(0).field() + " " + broken.get(0).message()
                    : broken.size() + " parameters are not valid";
            throw new ProblemException(ProblemType.VALIDATION, message, null, broken);
        }
        return new SubjectAccessRequest(theCrn, thePrn, new SubjectAccessPeriod(from, to));
    }

    /** The request names only a prison number, which these services do not hold: HMPPS's 209. */
    public boolean prnOnly() {
        return crn == null;
    }

    private static LocalDate date(String parameter, String value, List<FieldError> broken) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            broken.add(new FieldError(parameter, "must be a date in the form 2026-11-20"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
