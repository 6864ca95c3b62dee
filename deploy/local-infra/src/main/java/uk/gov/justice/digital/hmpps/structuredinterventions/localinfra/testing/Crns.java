package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * nDelius case reference numbers (CRNs) for tests. A test makes up a new person for itself and asserts on them alone,
 * so tests pass in any order and against a database other tests have written to.
 */
public final class Crns {

    /** The rule every service holds a CRN to: a capital letter and six digits (the kit's {@code PersonReference}). */
    public static final String PATTERN = "^[A-Z][0-9]{6}$";

    private Crns() {
    }

    /** A valid CRN chosen at random: one of 26 million, so two tests all but never share a person. */
    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return (char) ('A' + random.nextInt(26)) + String.format("%06d", random.nextInt(1_000_000));
    }
}
