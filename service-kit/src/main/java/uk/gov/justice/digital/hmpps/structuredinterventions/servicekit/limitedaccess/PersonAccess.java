package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * The limited-access marks nDelius holds on one person, as last received. Only marked people have a row: a person
 * whose marks are lifted loses it. Each service holding person data keeps its own copy (tables {@code person_access},
 * {@code person_access_allowed}, {@code person_access_excluded}, created by a migration of the service).
 */
@Entity
@Table(name = "person_access")
public class PersonAccess {

    @Id
    public String crn;

    public boolean restricted;

    /** Who may see the person while restricted, as {@link AccessRule#normalise normalised} user names. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_access_allowed", joinColumns = @JoinColumn(name = "crn"))
    @Column(name = "user_name")
    public Set<String> allowed = new HashSet<>();

    /** Who may not see the person, as normalised user names. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_access_excluded", joinColumns = @JoinColumn(name = "crn"))
    @Column(name = "user_name")
    public Set<String> excluded = new HashSet<>();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public AccessRule.AccessMarks marks() {
        return new AccessRule.AccessMarks(restricted, allowed, excluded);
    }
}
