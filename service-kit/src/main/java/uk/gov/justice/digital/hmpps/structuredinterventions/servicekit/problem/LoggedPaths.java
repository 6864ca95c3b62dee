package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import java.util.regex.Pattern;

/**
 * A request path as the logs may carry it: every segment that looks like a CRN becomes {@code {crn}}, so a log line
 * about {@code /people/X123456/readiness} names the route, not the person. The answer to the client still carries
 * the path it sent.
 */
public final class LoggedPaths {

    private static final Pattern CRN = Pattern.compile("(?<![A-Za-z0-9])[A-Z][0-9]{6}(?![0-9A-Za-z])");

    private LoggedPaths() {
    }

    /** The path with each CRN-like segment replaced by {@code {crn}}; null for null. */
    public static String of(String path) {
        return path == null ? null : CRN.matcher(path).replaceAll("{crn}");
    }
}
