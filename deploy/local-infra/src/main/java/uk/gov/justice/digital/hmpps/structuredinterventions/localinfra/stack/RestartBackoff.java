package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack;

import java.time.Duration;

/**
 * How long the local stack waits before starting a service that died again: 1 s after the first death, doubling after
 * each death that follows a short run (2 s, 4 s, 8 s …), never more than 30 s. A service that stayed up for
 * {@link #STABLE} before it died starts the count again, so a crash after an hour's work is restarted in a second.
 */
public final class RestartBackoff {

    public static final Duration FIRST = Duration.ofSeconds(1);
    public static final Duration MOST = Duration.ofSeconds(30);
    public static final Duration STABLE = Duration.ofSeconds(60);

    private RestartBackoff() {
    }

    /**
     * The wait before the restart that follows the given number of deaths in a row (1 for the first).
     */
    public static Duration delay(int deathsInARow) {
        if (deathsInARow < 1) {
            throw new IllegalArgumentException("deathsInARow must be at least 1");
        }
        int doublings = Math.min(deathsInARow - 1, 30);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(MOST) > 0 ? MOST : delay;
    }

    /** Whether a run of this length counts as having stayed up, so the next death is a first one again. */
    public static boolean stayedUp(Duration run) {
        return run.compareTo(STABLE) >= 0;
    }
}
