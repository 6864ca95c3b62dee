package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import java.util.List;

/**
 * The codes of the twelve probation regions, as the catalogue names them and referral events carry them in
 * {@code region}. A concern carries the regions of the referrals its assessment was made for, and each region's
 * Treatment Manager lists the concerns of their region.
 */
public final class ProbationRegions {

    /** In the catalogue's order. */
    public static final List<String> CODES = List.of("north-east", "north-west", "yorkshire-and-the-humber",
            "greater-manchester", "east-midlands", "west-midlands", "east-of-england", "wales", "london",
            "kent-surrey-and-sussex", "south-central", "south-west");

    private ProbationRegions() {
    }

    public static boolean known(String code) {
        return CODES.contains(code);
    }
}
