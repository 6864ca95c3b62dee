package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.json.StrictJson;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * Reads typed query parameters. JAX-RS answers a query parameter it cannot convert with 404, as if the resource did
 * not exist; resources take enumerated, UUID and number parameters as text and read them here, so the caller gets a
 * 400 naming the parameter and what it accepts.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * The CRN {@code value} holds, or {@code null} when there is no value.
     *
     * @throws ProblemException (400) naming the parameter when it is not a CRN
     */
    public static String crn(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String crn = value.strip();
        if (!crn.matches(PersonReference.CRN_PATTERN)) {
            throw ProblemException.badRequest(parameter, "must be an nDelius CRN: a capital letter and six digits");
        }
        return crn;
    }

    /**
     * The CRN a path segment holds.
     *
     * @throws ProblemException (400) naming the parameter when it is missing or not a CRN
     */
    public static String requiredCrn(String parameter, String value) {
        String crn = crn(parameter, value);
        if (crn == null) {
            throw ProblemException.badRequest(parameter, "must be an nDelius CRN: a capital letter and six digits");
        }
        return crn;
    }

    /**
     * The constant of {@code type} that {@code value} names exactly, or {@code null} when there is no value. As in a
     * request body, an enum is written as its constant ({@code DRAFT}): {@code draft} is refused like any other value
     * the enum does not hold, so a client learns one spelling for both.
     *
     * @throws ProblemException (400) naming the parameter and the values it accepts
     */
    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw ProblemException.badRequest(parameter, "must be one of " + accepted);
    }

    /**
     * The UUID {@code value} holds, or {@code null} when there is no value.
     *
     * @throws ProblemException (400) naming the parameter
     */
    public static UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(parameter, "must be a UUID");
        }
    }

    /**
     * The ISO date ({@code 2026-11-20}) {@code value} holds, or {@code null} when there is no value.
     *
     * @throws ProblemException (400) naming the parameter
     */
    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String date = value.strip();
            if (!StrictJson.DATE.matcher(date).matches()) {
                throw new DateTimeParseException("not yyyy-MM-dd", date, 0);
            }
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(parameter, "must be a date in the form 2026-11-20");
        }
    }

    /**
     * The whole number {@code value} holds, {@code fallback} when there is no value.
     *
     * @throws ProblemException (400) naming the parameter and its range
     */
    public static int integer(String parameter, String value, int fallback, int minimum, int maximum) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= minimum && number <= maximum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(parameter, "must be a whole number from " + minimum + " to " + maximum);
    }

    /**
     * {@code true} or {@code false} as {@code value} says, or null when there is no value.
     *
     * @throws ProblemException (400) naming the parameter, for any other value
     */
    public static Boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(parameter, "must be true or false");
        };
    }

    /**
     * The signed-in user a filter on a person's own items stands for: {@code userName} when {@code value} is
     * {@code me} (in any case), {@code null} when there is no value. Other users' names are not taken: a list of
     * someone else's items is not one a screen needs.
     *
     * @throws ProblemException (400) naming the parameter, for any other value
     */
    public static String me(String parameter, String value, String userName) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().equalsIgnoreCase("me")) {
            throw ProblemException.badRequest(parameter, "must be me (the signed-in user)");
        }
        return userName;
    }
}
