package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Details of each step as a practitioner would record them, with the defaults a test does not care about. */
final class ReadinessRecordFixtures {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 12, 0, 0, 0, ZoneOffset.UTC);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final Deliverer PRACTITIONER = Deliverer.of("Jo Practitioner", DelivererRole.PROBATION_PRACTITIONER);
    static final Set<ExerciseCode> ALL = EnumSet.allOf(ExerciseCode.class);

    private ReadinessRecordFixtures() {
    }

    static Session on(LocalDate date) {
        return new Session(date, LocalTime.of(10, 0), LocalTime.of(11, 0));
    }

    static IntroductionDetails introduction(boolean suitableDevice) {
        return new IntroductionDetails(on(TODAY.minusDays(10)), PRACTITIONER, true, true, true, ALL, true,
                suitableDevice, null, null, null);
    }

    static FollowUpDetails followUp(SessionLength length, boolean reviewed, Set<ExerciseCode> discussed) {
        return followUp(on(TODAY.minusDays(2)), PRACTITIONER, length, reviewed, false, discussed,
                Attendance.ATTENDED_COMPLIED);
    }

    static FollowUpDetails followUp(Session session, Deliverer by, SessionLength length, boolean reviewed,
            boolean probationDevice, Set<ExerciseCode> discussed, Attendance attendance) {
        return new FollowUpDetails(session, by, length, reviewed, probationDevice, discussed, null, attendance, null,
                null);
    }

    static LinkedReferral.Report submitted(UUID referralId, long version) {
        return submitted(referralId, version, "london");
    }

    /** A submission of a referral in the region (null: a report that does not name it). */
    static LinkedReferral.Report submitted(UUID referralId, long version, String region) {
        return reported(referralId, "AWAITING_READINESS", version, region, true);
    }

    static LinkedReferral.Report withdrawn(UUID referralId, long version) {
        return new LinkedReferral.Report(referralId, UUID.randomUUID(), "Positive Pathways", "london",
                LinkedReferral.WITHDRAWN, "PP1", NOW.minusDays(1), version,
                "http://referral-service/referrals/" + referralId, false);
    }

    /** A report of the referral in the region, at the status. */
    static LinkedReferral.Report reported(UUID referralId, String status, long version, String region,
            boolean submission) {
        return new LinkedReferral.Report(referralId, UUID.randomUUID(), "Positive Pathways", region, status, "PP1",
                NOW.minusDays(5), version, "http://referral-service/referrals/" + referralId, submission);
    }

    /** A record introduced (with or without a suitable device) and referred. */
    static ReadinessRecord introducedAndReferred(boolean suitableDevice) {
        ReadinessRecord record = ReadinessRecord.open("X123456", NOW.minusDays(20));
        record.introduce(introduction(suitableDevice), 1, TODAY, "PP1", NOW.minusDays(10));
        record.referralReported(submitted(UUID.randomUUID(), 1), NOW.minusDays(5));
        return record;
    }

    /** A record whose module is complete. */
    static ReadinessRecord completed() {
        ReadinessRecord record = introducedAndReferred(true);
        record.recordFollowUp(followUp(SessionLength.STANDARD, true, ALL), 1, TODAY, "PP1", NOW.minusDays(2));
        record.complete(new CompletionDetails(TODAY.minusDays(2), null, null), 1, TODAY, "PP1", NOW.minusDays(2));
        return record;
    }
}
