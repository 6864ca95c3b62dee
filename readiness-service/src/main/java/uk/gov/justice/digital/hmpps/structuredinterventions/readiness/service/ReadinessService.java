package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.AssessmentDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.BookingCancellation;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.BookingDelivery;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.BookingMissed;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpBooking;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpBookingDetails;
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
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence.FollowUpBookingRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence.ReadinessRecordRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit.Audit;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.LimitedAccess;
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
    private final FollowUpBookingRepository bookings;
    private final ModuleService module;
    private final ReadinessEvents events;
    private final Clock clock;
    private final LimitedAccess limitedAccess;
    private final Audit audit;

    ReadinessService(ReadinessRecordRepository records, AppointmentRepository appointments,
            FollowUpBookingRepository bookings, ModuleService module, ReadinessEvents events, Clock clock,
            LimitedAccess limitedAccess, Audit audit) {
        this.limitedAccess = limitedAccess;
        this.records = records;
        this.appointments = appointments;
        this.bookings = bookings;
        this.module = module;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** One page of the records that match, as a list shows them, with a count bounded as the kit's pages are. */
    @Transactional
    public Page<ReadinessSummary> search(ReadinessSearch search, int page, int size) {
        // Restricted and excluded cases the caller may not see are left out of the page and its count alike.
        LimitedAccess.ListFilter visible = limitedAccess.listFilter();
        return audit.searched("SEARCH_READINESS_RECORDS", null, Page.counted(records.search(search, visible, page, size),
                page, size, limit -> records.countUpTo(search, visible, limit)), ReadinessSummary::crn);
    }

    @Transactional
    public ReadinessRecord.View get(String crn) {
        limitedAccess.requireAccess(crn);
        return audit.read("READ_READINESS_RECORD", records.findByIdOptional(crn).map(ReadinessRecord::view)
                        .orElseThrow(() -> ProblemException.notFound("A readiness record of this person", crn)),
                ReadinessRecord.View::crn, crn);
    }

    @Transactional
    public ReadinessRecord.View introduce(String crn, Long expectedVersion, IntroductionDetails details,
            Recorder recorder) {
        limitedAccess.requireAccess(crn);
        int version = module.resolve(details.moduleVersion());
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        var introduction = record.introduce(details, delivery(details.deliveredBy(), recorder), version, today(now),
                now);
        events.introduced(record, introduction);
        return audit.changed("RECORD_MODULE_INTRODUCTION", saved(record), ReadinessRecord.View::crn, crn);
    }

    @Transactional
    public ReadinessRecord.View recordFollowUp(String crn, Long expectedVersion, FollowUpDetails details,
            Recorder recorder) {
        limitedAccess.requireAccess(crn);
        int version = module.resolve(details.moduleVersion());
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        var followUp = record.recordFollowUp(details, delivery(details.deliveredBy(), recorder), version, today(now),
                now);
        events.followedUp(record, followUp);
        return audit.changed("RECORD_FOLLOW_UP", saved(record), ReadinessRecord.View::crn, crn);
    }

    @Transactional
    public BookingAnswer book(String crn, Long expectedVersion, FollowUpBookingDetails details, Recorder recorder) {
        limitedAccess.requireAccess(crn);
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        FollowUpBooking booking = record.bookFollowUp(details, delivery(details.deliveredBy(), recorder), now);
        bookings.persist(booking);
        events.booked(record, booking);
        return audit.created("BOOK_FOLLOW_UP", answer(record, booking), answer -> crn,
                answer -> answer.booking().id());
    }

    @Transactional
    public BookingAnswer deliverBooking(String crn, UUID bookingId, Long expectedVersion, BookingDelivery details,
            Recorder recorder) {
        limitedAccess.requireAccess(crn);
        int version = module.resolve(details.moduleVersion());
        OffsetDateTime now = now();
        ReadinessRecord record = existing(crn, expectedVersion);
        FollowUpBooking booking = booking(crn, bookingId);
        var followUp = record.deliverBooking(booking, details, delivery(booking.deliverer(), recorder), version,
                today(now), now);
        events.followedUp(record, followUp);
        events.bookingClosed(record, booking);
        return audit.changed("DELIVER_FOLLOW_UP_BOOKING", answer(record, booking), answer -> crn, bookingId);
    }

    @Transactional
    public BookingAnswer missBooking(String crn, UUID bookingId, Long expectedVersion, BookingMissed details,
            Recorder recorder) {
        limitedAccess.requireAccess(crn);
        int version = module.resolve(null);
        OffsetDateTime now = now();
        ReadinessRecord record = existing(crn, expectedVersion);
        FollowUpBooking booking = booking(crn, bookingId);
        var followUp = record.missBooking(booking, details, delivery(booking.deliverer(), recorder), version,
                today(now), now);
        events.followedUp(record, followUp);
        events.bookingClosed(record, booking);
        return audit.changed("MISS_FOLLOW_UP_BOOKING", answer(record, booking), answer -> crn, bookingId);
    }

    @Transactional
    public BookingAnswer cancelBooking(String crn, UUID bookingId, Long expectedVersion, BookingCancellation details,
            Recorder recorder) {
        limitedAccess.requireAccess(crn);
        OffsetDateTime now = now();
        ReadinessRecord record = existing(crn, expectedVersion);
        FollowUpBooking booking = booking(crn, bookingId);
        record.cancelBooking(booking, details, delivery(booking.deliverer(), recorder), now);
        events.bookingClosed(record, booking);
        return audit.changed("CANCEL_FOLLOW_UP_BOOKING", answer(record, booking), answer -> crn, bookingId);
    }

    @Transactional
    public BookingAnswer getBooking(String crn, UUID bookingId) {
        limitedAccess.requireAccess(crn);
        ReadinessRecord record = records.findByIdOptional(crn)
                .orElseThrow(() -> ProblemException.notFound("Readiness record of", crn));
        return audit.read("READ_FOLLOW_UP_BOOKING",
                new BookingAnswer(booking(crn, bookingId).view(), record.version()), answer -> crn, bookingId);
    }

    @Transactional
    public Page<FollowUpBooking.View> bookings(String crn, FollowUpBooking.Status status, int page, int size) {
        limitedAccess.requireAccess(crn);
        if (records.findByIdOptional(crn).isEmpty()) {
            throw ProblemException.notFound("Readiness record of", crn);
        }
        return audit.searched("SEARCH_FOLLOW_UP_BOOKINGS", crn, Page.counted(
                bookings.ofPerson(crn, status, page, size).stream().map(FollowUpBooking::view).toList(), page, size,
                limit -> bookings.countUpTo(crn, status, limit)), booking -> crn);
    }

    @Transactional
    public ReadinessRecord.View complete(String crn, Long expectedVersion, CompletionDetails details, String by) {
        limitedAccess.requireAccess(crn);
        int version = module.resolve(details.moduleVersion());
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        var completion = record.complete(details, version, today(now), by, now);
        events.completed(record, completion);
        return audit.changed("RECORD_MODULE_COMPLETION", saved(record), ReadinessRecord.View::crn, crn);
    }

    @Transactional
    public ReadinessRecord.View revisit(String crn, Long expectedVersion, RevisitDetails details, Recorder recorder) {
        limitedAccess.requireAccess(crn);
        int version = module.resolve(details.moduleVersion());
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        var revisit = record.revisit(details, delivery(details.deliveredBy(), recorder), version, today(now), now);
        events.revisited(record, revisit);
        return audit.changed("RECORD_MODULE_REVISIT", saved(record), ReadinessRecord.View::crn, crn);
    }

    @Transactional
    public ReadinessRecord.View assess(String crn, Long expectedVersion, AssessmentDetails details, String by) {
        limitedAccess.requireAccess(crn);
        OffsetDateTime now = now();
        ReadinessRecord record = current(crn, expectedVersion, now);
        var concern = record.assess(details, by, now);
        events.assessed(record, record.latestAssessment().orElseThrow());
        concern.ifPresent(raised -> events.concernRaised(record, raised));
        return audit.changed("RECORD_READINESS_ASSESSMENT", saved(record), ReadinessRecord.View::crn, crn);
    }

    @Transactional
    public ReadinessRecord.View acknowledgeConcern(String crn, UUID concernId, Long expectedVersion, String notes,
            String by) {
        limitedAccess.requireAccess(crn);
        OffsetDateTime now = now();
        ReadinessRecord record = records.locked(crn)
                .orElseThrow(() -> ProblemException.notFound("A readiness record of this person", crn));
        ETags.requireCurrent(expectedVersion, record.version(), "The readiness record");
        record.acknowledgeConcern(concernId, notes, by, now);
        return audit.changed("ACKNOWLEDGE_READINESS_CONCERN", saved(record), ReadinessRecord.View::crn, concernId);
    }

    /** The session's deliverer with the appointment they name, share-locked so a withdrawal cannot pass it by. */
    private Delivery delivery(Deliverer deliveredBy, Recorder recorder) {
        return new Delivery(deliveredBy, appointments.forSession(deliveredBy.appointmentId()).orElse(null), recorder);
    }

    /** A booking and the version of the record it belongs to, which every change to a booking raises. */
    public record BookingAnswer(FollowUpBooking.View booking, long recordVersion) {
    }

    private BookingAnswer answer(ReadinessRecord record, FollowUpBooking booking) {
        records.flush();
        return new BookingAnswer(booking.view(), record.version());
    }

    private FollowUpBooking booking(String crn, UUID bookingId) {
        return bookings.ofPerson(crn, bookingId)
                .orElseThrow(() -> ProblemException.notFound("Follow-up booking", bookingId));
    }

    /** The person's record, locked: 404 when there is none, since a booking needs one. */
    private ReadinessRecord existing(String crn, Long expectedVersion) {
        ReadinessRecord record = records.locked(crn)
                .orElseThrow(() -> ProblemException.notFound("Readiness record of", crn));
        ETags.requireCurrent(expectedVersion, record.version(), "The readiness record");
        return record;
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
