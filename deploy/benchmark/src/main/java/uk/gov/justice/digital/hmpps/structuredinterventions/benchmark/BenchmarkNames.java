package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

/** Names shared by the simulation and the summary. */
public final class BenchmarkNames {

    /** The prefix of every warm-up request's and group's name. */
    public static final String WARM_UP = "warm-up: ";

    private BenchmarkNames() {
    }
}
