package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Step 2: a follow-up session. An attended one is the pre-work contact and may count as a RAR day. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends SessionRecord {

    /** What the record shows of a follow-up. */
    @Schema(name = "FollowUp", description = "Step 2: a follow-up session")
    public record View(UUID id, Session session, Deliverer deliveredBy, SessionLength length,
            boolean reviewedModuleBeforehand, boolean probationServiceDeviceUsed, List<ExerciseCode> exercisesDiscussed,
            String reflectionNotes, Attendance attendance, boolean preWorkContact, List<UUID> referralIds,
            int moduleVersion, String notes, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Enumerated(EnumType.STRING)
    private SessionLength length;

    @Column(name = "reviewed_module_beforehand")
    private boolean reviewedModuleBeforehand;

    @Column(name = "probation_service_device_used")
    private boolean probationServiceDeviceUsed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exercises_discussed", columnDefinition = "jsonb")
    private List<ExerciseCode> exercisesDiscussed;

    @Column(name = "reflection_notes")
    private String reflectionNotes;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "referral_ids", columnDefinition = "jsonb")
    private List<UUID> referralIds;

    protected FollowUp() {
    }

    FollowUp(FollowUpDetails details, Deliverer deliveredBy, List<UUID> referralIds, int moduleVersion, String by, OffsetDateTime at) {
        this(UUID.randomUUID(), details, deliveredBy, referralIds, moduleVersion, by, at);
    }

    /** A follow-up under the id given: one booked ahead keeps the booking's id, so both name the one session. */
    FollowUp(UUID id, FollowUpDetails details, Deliverer deliveredBy, List<UUID> referralIds, int moduleVersion,
            String by, OffsetDateTime at) {
        super(id, details.session(), deliveredBy, moduleVersion, details.notes(), by, at);
        this.length = details.length();
        this.reviewedModuleBeforehand = details.reviewedModuleBeforehand();
        this.probationServiceDeviceUsed = Boolean.TRUE.equals(details.probationServiceDeviceUsed());
        this.exercisesDiscussed = ExerciseCodes.sorted(details.exercisesDiscussed());
        this.reflectionNotes = details.reflectionNotes();
        this.attendance = details.attendance();
        this.referralIds = List.copyOf(referralIds);
    }

    public boolean attended() {
        return attendance.attended();
    }

    public List<ExerciseCode> exercisesDiscussed() {
        return List.copyOf(exercisesDiscussed);
    }

    public View view() {
        return new View(id(), session(), deliveredBy(), length, reviewedModuleBeforehand, probationServiceDeviceUsed,
                List.copyOf(exercisesDiscussed), reflectionNotes, attendance, attended(), List.copyOf(referralIds),
                moduleVersion(), notes(), recordedBy(), recordedAt());
    }
}
