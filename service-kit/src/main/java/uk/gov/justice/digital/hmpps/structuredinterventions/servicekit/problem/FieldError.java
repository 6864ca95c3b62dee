package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

/**
 * One rule a request broke: the field (a JSON path such as {@code sessions[2].title}, or a query or path parameter
 * name) and what the rule is.
 */
public record FieldError(String field, String message) {
}
