package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess;

/**
 * The answer to a subject access request, as HMPPS's Subject Access Request service reads it: everything the service
 * holds about the person in the period, under {@code content}, with field names a reader understands.
 *
 * @param <T> what the service holds, the service's own record
 */
public record SubjectAccessContent<T>(T content) {
}
