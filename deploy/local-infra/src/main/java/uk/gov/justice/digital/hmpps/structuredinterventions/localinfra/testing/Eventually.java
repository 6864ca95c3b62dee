package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what a service does in the background (a consumer handling an event, a relay publishing one): asks again
 * every tenth of a second until the condition holds, and fails saying what never came true.
 */
public final class Eventually {

    /** How long a test waits when it does not say: long enough for a loaded machine, short enough to fail clearly. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PAUSE = Duration.ofMillis(100);

    private Eventually() {
    }

    /**
     * Returns once {@code condition} holds.
     *
     * @param what the condition in words, for the failure: {@code "referral 42 is READY_TO_ALLOCATE"}
     * @throws AssertionError when it still does not hold after {@link #TIMEOUT}
     */
    public static void until(String what, BooleanSupplier condition) {
        until(what, TIMEOUT, condition);
    }

    /** @throws AssertionError when {@code condition} still does not hold after {@code timeout} */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + timeout.toMillis() + " ms, and still not so: " + what);
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
    }
}
