package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock every service reads the time from (UTC), so tests can fix it. */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    @WallClock
    public Clock wallClock() {
        return Clock.systemUTC();
    }
}
