package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

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

    /**
     * Checks the version a caller last read ({@code If-Match}) against the current one.
     *
     * @param expected the version from {@code If-Match}, or {@code null} when the caller sent none
     * @param what what the caller is changing, for the message, such as "Intervention Positive Pathways"
     * @throws ProblemException (412) when the caller read an older version
     */
    public static void requireCurrent(Long expected, long current, String what) {
        if (expected != null && expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    what + " has changed since you read it. Reload it and try again.",
                    "If-Match names version " + expected + "; the current version is " + current, List.of());
        }
    }
}
