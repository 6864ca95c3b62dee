package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

/**
 * Restricted and excluded cases: keeps the marks nDelius sends, and lets a service refuse a caller a person's data
 * ({@link #requireAccess}) and leave the person out of its lists ({@link #listFilter}). Services call it in their
 * service layer, after loading what a request names and before answering or changing anything, so that every way in
 * to a person's data is checked the same way.
 *
 * <p>The caller is the {@code user_name} of the bearer token. A token with no {@code user_name} is a system client
 * (client credentials, such as the nDelius adapter or another service) and is never limited, as in the public HMPPS
 * services; so is work with no request behind it (an event consumer).
 */
@ApplicationScoped
public class LimitedAccess {

    /** What a refusal says: no more than that the person is restricted, whichever mark refused. */
    public static final String RESTRICTED = "restricted";

    /** The query parameter a {@link ListFilter} binds the caller's user name to. */
    public static final String PARAMETER = "limitedAccessUser";

    private final EntityManager entityManager;
    private final Instance<SecurityIdentity> identity;
    private final Clock clock;

    LimitedAccess(EntityManager entityManager, Instance<SecurityIdentity> identity, Clock clock) {
        this.entityManager = entityManager;
        this.identity = identity;
        this.clock = clock;
    }

    /** Throws a 403 "restricted" unless the caller may see the person's data. */
    public void requireAccess(String crn) {
        if (!permits(crn)) {
            throw new ProblemException(ProblemType.RESTRICTED, RESTRICTED);
        }
    }

    /** Whether the caller may see the person's data. */
    public boolean permits(String crn) {
        String user = caller();
        if (user == null || crn == null) {
            return true;
        }
        PersonAccess marks = entityManager.find(PersonAccess.class, crn);
        return marks == null || AccessRule.permits(user, marks.marks());
    }

    /** The condition a list query adds so that it leaves out the people the caller may not see. */
    public ListFilter listFilter() {
        String user = caller();
        return new ListFilter(user == null ? null : AccessRule.normalise(user));
    }

    /**
     * Replaces the person's marks with those given (the whole current state, as nDelius holds it), and returns them as
     * kept. Sending the same marks again changes nothing; sending no marks lifts them.
     */
    @Transactional
    public AccessRule.AccessMarks record(String crn, boolean restricted, Collection<String> restrictedTo,
            Collection<String> excludedFrom, String by) {
        Objects.requireNonNull(crn, "crn");
        if (!restricted && restrictedTo != null && !restrictedTo.isEmpty()) {
            throw ProblemException.badRequest("restrictedTo", "must be empty unless restricted is true");
        }
        TreeSet<String> allowed = normalised(restrictedTo);
        TreeSet<String> excluded = normalised(excludedFrom);
        AccessRule.AccessMarks marks = new AccessRule.AccessMarks(restricted, allowed, excluded);
        PersonAccess row = entityManager.find(PersonAccess.class, crn, LockModeType.PESSIMISTIC_WRITE);
        if (marks.none()) {
            if (row != null) {
                entityManager.remove(row);
            }
            return marks;
        }
        boolean created = row == null;
        if (created) {
            row = new PersonAccess();
            row.crn = crn;
        } else if (row.marks().equals(marks)) {
            return marks;
        }
        row.restricted = restricted;
        row.allowed.clear();
        row.allowed.addAll(allowed);
        row.excluded.clear();
        row.excluded.addAll(excluded);
        row.updatedAt = OffsetDateTime.now(clock);
        row.updatedBy = by;
        if (created) {
            entityManager.persist(row);
        }
        return marks;
    }

    private static TreeSet<String> normalised(Collection<String> userNames) {
        TreeSet<String> names = new TreeSet<>();
        if (userNames != null) {
            userNames.stream().filter(Objects::nonNull).map(AccessRule::normalise).forEach(names::add);
        }
        return names;
    }

    /** The caller's user name, or null for a system client or work outside a request. */
    String caller() {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) {
            return null;
        }
        SecurityIdentity current = identity.get();
        if (current.isAnonymous() || !(current.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object userName = token.getClaim("user_name");
        return userName == null || userName.toString().isBlank() ? null : userName.toString();
    }

    /**
     * The condition a list query adds, in JPQL or SQL, to leave out the people its caller may not see. For a system
     * client there is no condition ({@link #applies()} is false). The condition is a {@code not exists} on the marks'
     * primary keys, so a list keeps reading one page of its own index and its count stays right.
     */
    public record ListFilter(String userName) {

        /** Whether the list needs the condition at all. */
        public boolean applies() {
            return userName != null;
        }

        /** The JPQL condition on the entity path holding the CRN (such as {@code r.crn}), binding {@link #PARAMETER}. */
        public String jpql(String crnPath) {
            return "not exists (select 1 from PersonAccess limitedAccess where limitedAccess.crn = " + crnPath
                    + " and (:" + PARAMETER + " member of limitedAccess.excluded or (limitedAccess.restricted = true"
                    + " and :" + PARAMETER + " not member of limitedAccess.allowed)))";
        }

        /** The SQL condition on the column holding the CRN (such as {@code r.crn}), binding {@link #PARAMETER}. */
        public String sql(String crnColumn) {
            return "NOT EXISTS (SELECT 1 FROM person_access limited_access WHERE limited_access.crn = " + crnColumn
                    + " AND (EXISTS (SELECT 1 FROM person_access_excluded e WHERE e.crn = limited_access.crn"
                    + " AND e.user_name = :" + PARAMETER + ") OR (limited_access.restricted AND NOT EXISTS"
                    + " (SELECT 1 FROM person_access_allowed a WHERE a.crn = limited_access.crn"
                    + " AND a.user_name = :" + PARAMETER + "))))";
        }
    }
}
