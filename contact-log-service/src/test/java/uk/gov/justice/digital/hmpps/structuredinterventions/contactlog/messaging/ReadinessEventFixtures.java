package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.messaging;

import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed.personReference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events.ReadinessReport;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;

/**
 * Readiness-service's events, as contact-log-service reads them: the module's steps, put on {@code readiness.events}
 * through the {@link EventFeed}, which checks each against its schema. Each method returns the event's id.
 */
public final class ReadinessEventFixtures {

    private static final String TOPIC = "readiness.events";
    private static final List<String> ALL_EXERCISES = List.of("INTRODUCTORY_VIDEO", "GETTING_READY",
            "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS");

    private ReadinessEventFixtures() {
    }

    /** Step 1 on the day. */
    public static String introduced(String crn, LocalDate on) {
        Map<String, Object> data = session(crn, on);
        data.put("introductionId", UUID.randomUUID().toString());
        data.put("referralIds", List.of());
        data.put("suitableDevice", false);
        data.put("followUpMustBeExtended", true);
        data.put("paperCopyGiven", true);
        return EventFeed.send(TOPIC, crn, ReadinessReport.MODULE_INTRODUCED, stamped(data));
    }

    /** A follow-up on the day with the attendance. */
    public static String followedUp(String crn, LocalDate on, String attendance, UUID referralId) {
        boolean attended = attendance.startsWith("ATTENDED");
        Map<String, Object> data = session(crn, on);
        data.put("followUpId", UUID.randomUUID().toString());
        data.put("length", "EXTENDED");
        data.put("reviewedModuleBeforehand", false);
        data.put("probationServiceDeviceUsed", attended);
        data.put("exercisesDiscussed", attended ? ALL_EXERCISES : List.of());
        data.put("attendance", attendance);
        data.put("preWorkContact", attended);
        data.put("referralIds", List.of(referralId.toString()));
        return EventFeed.send(TOPIC, crn, ReadinessReport.FOLLOW_UP_COMPLETED, stamped(data));
    }

    /** A follow-up booked ahead for the day: the booking's id is the one the follow-up it becomes will have. */
    public static String booked(String crn, LocalDate on, UUID bookingId, UUID referralId) {
        Map<String, Object> data = session(crn, on);
        data.put("bookingId", bookingId.toString());
        data.put("length", "EXTENDED");
        data.put("probationServiceDevice", true);
        data.put("referralIds", List.of(referralId.toString()));
        data.put("bookedBy", "A_PRACTITIONER");
        data.put("bookedAt", OffsetDateTime.now().toString());
        data.put("detailUrl", "http://readiness-service/people/" + crn + "/readiness/follow-up-bookings/" + bookingId);
        return EventFeed.send(TOPIC, crn, ReadinessReport.FOLLOW_UP_BOOKED, data);
    }

    /** The booked follow-up held or missed on the day: the follow-up, under the booking's id. */
    public static String bookedFollowedUp(String crn, LocalDate on, UUID bookingId, String attendance,
            UUID referralId) {
        boolean attended = attendance.startsWith("ATTENDED");
        Map<String, Object> data = session(crn, on);
        data.put("followUpId", bookingId.toString());
        data.put("length", "EXTENDED");
        data.put("reviewedModuleBeforehand", false);
        data.put("probationServiceDeviceUsed", true);
        data.put("exercisesDiscussed", attended ? ALL_EXERCISES : List.of());
        data.put("attendance", attendance);
        data.put("preWorkContact", attended);
        data.put("referralIds", List.of(referralId.toString()));
        return EventFeed.send(TOPIC, crn, ReadinessReport.FOLLOW_UP_COMPLETED, stamped(data));
    }

    /** The booking closed: DELIVERED or MISSED with the attendance, or CANCELLED with a reason. */
    public static String bookingClosed(String crn, LocalDate on, UUID bookingId, String outcome, String attendance) {
        boolean cancelled = outcome.equals("CANCELLED");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", personReference(crn));
        data.put("bookingId", bookingId.toString());
        data.put("outcome", outcome);
        data.put("session", Map.of("date", on.toString(), "startTime", "10:00:00", "endTime", "11:30:00"));
        data.put("attendance", attendance);
        data.put("cancellationReason", cancelled ? "RESCHEDULED" : null);
        data.put("followUpId", cancelled ? null : bookingId.toString());
        data.put("closedBy", "A_PRACTITIONER");
        data.put("closedAt", OffsetDateTime.now().toString());
        data.put("detailUrl", "http://readiness-service/people/" + crn + "/readiness/follow-up-bookings/" + bookingId);
        return EventFeed.send(TOPIC, crn, ReadinessReport.FOLLOW_UP_BOOKING_CLOSED, data);
    }

    /** The module completed on the day. */
    public static String completed(String crn, LocalDate on) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", personReference(crn));
        data.put("completedOn", on.toString());
        data.put("completedAt", OffsetDateTime.now().toString());
        data.put("moduleVersion", 1);
        data.put("referralIds", List.of());
        data.put("recordedBy", "A_PRACTITIONER");
        data.put("detailUrl", "http://readiness-service/people/" + crn + "/readiness");
        return EventFeed.send(TOPIC, crn, ReadinessReport.MODULE_COMPLETED, data);
    }

    /** The completed module revisited on the day. */
    public static String revisited(String crn, LocalDate on, LocalDate completedOn) {
        Map<String, Object> data = session(crn, on);
        data.put("revisitId", UUID.randomUUID().toString());
        data.put("exercisesRevisited", List.of("GETTING_READY"));
        data.put("completedOn", completedOn.toString());
        return EventFeed.send(TOPIC, crn, ReadinessReport.MODULE_REVISITED, stamped(data));
    }

    private static Map<String, Object> session(String crn, LocalDate on) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", personReference(crn));
        data.put("session", Map.of("date", on.toString(), "startTime", "10:00:00", "endTime", "11:30:00"));
        data.put("deliveredBy", Map.of("name", "Sam Jones", "role", "PEER_MENTOR", "appointedBy", "Alex Smith"));
        return data;
    }

    private static Map<String, Object> stamped(Map<String, Object> data) {
        data.put("moduleVersion", 1);
        data.put("recordedBy", "A_PRACTITIONER");
        data.put("recordedAt", OffsetDateTime.now().toString());
        data.put("detailUrl", "http://readiness-service/people/x/readiness");
        return data;
    }
}
