package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system's UTC clock, which a test may move on (and must put back) to record how a
 * session booked ahead went once its day has come. Replaces the kit's default clock in every test of this service.
 */
@Singleton
public class MovableClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    /** The service's time is {@code by} ahead of the system's until {@link #reset}. */
    public static void moveOn(Duration by) {
        offset = by;
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
