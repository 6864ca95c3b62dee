package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * A Rehabilitative Activity Requirement: the court sets the most RAR days a person must complete between the start and
 * the expected end. nDelius owns it and registers it here by its own id; registering it again updates it, as when the
 * court varies the order.
 */
@Entity
@Table(name = "rar_requirement")
public class RarRequirement {

    /** A bound against mistyped maxima, not a rule of the court. */
    public static final int MOST_DAYS_ACCEPTED = 1000;

    @Schema(name = "RarRequirement", description = "A Rehabilitative Activity Requirement as registered")
    public record View(long requirementId,
            @Schema(example = "X123456", pattern = PersonReference.CRN_PATTERN) String crn, int maximumDays,
            LocalDate startDate, LocalDate expectedEndDate, String registeredBy, OffsetDateTime registeredAt, String updatedBy, OffsetDateTime updatedAt,
            long version) {
    }

    @Id
    @Column(name = "requirement_id")
    private Long requirementId;

    private String crn;

    @Column(name = "maximum_days")
    private int maximumDays;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "expected_end_date")
    private LocalDate expectedEndDate;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected RarRequirement() {
    }

    /** A requirement nDelius registers for the first time. */
    public static RarRequirement register(RarRequirementDetails details, String by, OffsetDateTime at) {
        check(details);
        RarRequirement requirement = new RarRequirement();
        requirement.requirementId = details.requirementId();
        requirement.crn = details.crn();
        requirement.registeredBy = by;
        requirement.registeredAt = at;
        requirement.apply(details, by, at);
        return requirement;
    }

    /**
     * The requirement as nDelius now holds it.
     *
     * @return whether anything changed
     * @throws ProblemException 409 when it names another person, 422 when its dates are the wrong way round
     */
    public boolean update(RarRequirementDetails details, String by, OffsetDateTime at) {
        check(details);
        if (!crn.equals(details.crn())) {
            throw ProblemException.conflict("The RAR requirement belongs to another person; "
                    + "a requirement cannot move between people");
        }
        if (maximumDays == details.maximumDays() && startDate.equals(details.startDate())
                && expectedEndDate.equals(details.expectedEndDate())) {
            return false;
        }
        apply(details, by, at);
        return true;
    }

    private void apply(RarRequirementDetails details, String by, OffsetDateTime at) {
        this.maximumDays = details.maximumDays();
        this.startDate = details.startDate();
        this.expectedEndDate = details.expectedEndDate();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static void check(RarRequirementDetails details) {
        Objects.requireNonNull(details.requirementId(), "requirementId");
        Objects.requireNonNull(details.maximumDays(), "maximumDays");
        List<FieldError> broken = new ArrayList<>();
        if (details.expectedEndDate().isBefore(details.startDate())) {
            broken.add(new FieldError("expectedEndDate", "must not be before the start date"));
        }
        ProblemException.throwIfBroken("The RAR requirement's dates are the wrong way round", broken);
    }

    public long requirementId() {
        return requirementId;
    }

    public String crn() {
        return crn;
    }

    public RarTally.Terms terms() {
        return new RarTally.Terms(requirementId, maximumDays, startDate, expectedEndDate);
    }

    public View view() {
        return new View(requirementId, crn, maximumDays, startDate, expectedEndDate, registeredBy, registeredAt,
                updatedBy, updatedAt, version);
    }
}
