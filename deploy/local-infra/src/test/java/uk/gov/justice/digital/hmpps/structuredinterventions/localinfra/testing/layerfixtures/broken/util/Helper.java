package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.util;

/** A class in none of the seven packages. */
public final class Helper {
    private Helper() {
    }
}
