package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess;

import java.util.Locale;
import java.util.Set;

/**
 * Who may see a person's data, as nDelius marks limited-access cases. A restricted person may be seen only by the
 * users named in the restriction; an excluded user may not see the person whoever else may; a person with neither
 * mark may be seen by everyone. Both marks may stand together, and the exclusion wins. A system client (a token with
 * no user behind it) is never limited. User names compare without regard to case, as HMPPS Auth issues them.
 */
public final class AccessRule {

    private AccessRule() {
    }

    /** Whether the user may see the person with the marks; {@code userName} null is a system client. */
    public static boolean permits(String userName, AccessMarks marks) {
        if (userName == null || marks == null) {
            return true;
        }
        String user = normalise(userName);
        if (marks.excludedFrom().contains(user)) {
            return false;
        }
        return !marks.restricted() || marks.restrictedTo().contains(user);
    }

    /** The form user names are kept and compared in. */
    public static String normalise(String userName) {
        return userName.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * The marks on one person: whether the person is restricted, who may see a restricted person, and who may not
     * see the person at all.
     */
    public record AccessMarks(boolean restricted, Set<String> restrictedTo, Set<String> excludedFrom) {

        public AccessMarks {
            restrictedTo = restrictedTo == null ? Set.of() : Set.copyOf(restrictedTo);
            excludedFrom = excludedFrom == null ? Set.of() : Set.copyOf(excludedFrom);
        }

        /** Neither restricted nor excluding anyone: nothing to keep. */
        public boolean none() {
            return !restricted && excludedFrom.isEmpty();
        }
    }
}
