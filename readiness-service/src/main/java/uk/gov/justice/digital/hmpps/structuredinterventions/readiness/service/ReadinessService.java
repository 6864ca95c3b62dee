package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.AssessmentDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.CompletionDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Deliverer;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Delivery;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.IntroductionDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecord;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessSummary;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Recorder;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.RevisitDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence.AppointmentRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence.ReadinessRecordRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time.UkTime;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;

/**
 * Records each step of the pre-intervention module and the readiness assessment for a person. Each step locks the
 * person's record, applies the guidance's rules, and writes its event to the outbox in the same transaction.
 */
@ApplicationScoped
public class ReadinessService {


    private final ReadinessRecordRepository records;
    private final AppointmentRepository appointments;
    private final ModuleService module;
    private final ReadinessEvents events;
    private final Clock clock;

    ReadinessService(ReadinessRecordRepository records, AppointmentRepository appointments, ModuleService module,
            ReadinessEvents events, Clock clock) {
        this.records = records;
        this.appointments = appointments;
        this.module = module;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the records that match, as a list shows them, with a count bounded as the kit's pages are. */
    @Transactional
    public Page<ReadinessSummary> search(ReadinessSearch search, int page, int size) {
        return Page.counted(records.search(search, page, size), page, size, limit -> records.countUpTo(search, limit));
    }

    @Transactional
    public ReadinessRecord.View get(String crn) {
        return records.findByIdOptional(crn).map(ReadinessRecord::view)
                .orElseThrow(() -> ProblemException.notFound("Readiness record of", crn));
    }

    @Transactional
    public ReadinessRecord.View introduce(String crn, Long expectedVersion, IntroductionDetails details,
            Recorder recorder) {
        int version = module.resolve(details.moduleVersion());
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        var introduction = record.introduce(details, delivery(details.deliveredBy(), recorder), version, today(now),
                now);
        events.introduced(record, introduction);
        return saved(record);
    }

    @Transactional
    public ReadinessRecord.View recordFollowUp(String crn, Long expectedVersion, FollowUpDetails details,
            Recorder recorder) {
        int version = module.resolve(details.moduleVersion());
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        var followUp = record.recordFollowUp(details, delivery(details.deliveredBy(), recorder), version, today(now),
                now);
        events.followedUp(record, followUp);
        return saved(record);
    }

    @Transactional
    public ReadinessRecord.View complete(String crn, Long expectedVersion, CompletionDetails details, String by) {
        int version = module.resolve(details.moduleVersion());
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        var completion = record.complete(details, version, today(now), by, now);
        events.completed(record, completion);
        return saved(record);
    }

    @Transactional
    public ReadinessRecord.View revisit(String crn, Long expectedVersion, RevisitDetails details, Recorder recorder) {
        int version = module.resolve(details.moduleVersion());
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        var revisit = record.revisit(details, delivery(details.deliveredBy(), recorder), version, today(now), now);
        events.revisited(record, revisit);
        return saved(record);
    }

    @Transactional
    public ReadinessRecord.View assess(String crn, Long expectedVersion, AssessmentDetails details, String by) {
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        var concern = record.assess(details, by, now);
        events.assessed(record, record.latestAssessment().orElseThrow());
        concern.ifPresent(raised -> events.concernRaised(record, raised));
        return saved(record);
    }

    @Transactional
    public ReadinessRecord.View acknowledgeConcern(String crn, UUID concernId, Long expectedVersion, String notes,
            String by) {
        OffsetDateTime now = now();
        ReadinessRecord record = records.locked(crn)
                .orElseThrow(() -> ProblemException.notFound("Readiness record of", crn));
        ETags.requireCurrent(expectedVersion, record.version(), "The readiness record");
        record.acknowledgeConcern(concernId, notes, by, now);
        return saved(record);
    }

    /** The session's deliverer with the appointment they name, share-locked so a withdrawal cannot pass it by. */
    private Delivery delivery(Deliverer deliveredBy, Recorder recorder) {
        return new Delivery(deliveredBy, appointments.forSession(deliveredBy.appointmentId()).orElse(null), recorder);
    }

    private ReadinessRecord current(String crn, Long expectedVersion, OffsetDateTime now) {
        ReadinessRecord record = records.lockOrOpen(crn, now);
        ETags.requireCurrent(expectedVersion, record.version(), "The readiness record");
        return record;
    }

    private ReadinessRecord.View saved(ReadinessRecord record) {
        records.flush();
        return record.view();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static LocalDate today(OffsetDateTime now) {
        return UkTime.dateOf(now);
    }
}
