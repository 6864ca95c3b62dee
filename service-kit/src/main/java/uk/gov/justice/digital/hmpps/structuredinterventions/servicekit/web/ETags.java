package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import jakarta.ws.rs.core.EntityTag;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/** Version-based entity tags: {@code ETag: "3"} on reads, {@code If-Match: "3"} on writes. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header names, or {@code null} when there is none.
     *
     * @throws ProblemException (400) when the header is not a version this service issued
     */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match", "must be an ETag this service issued, such as \"3\"");
        }
    }
}
