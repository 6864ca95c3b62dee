package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import java.time.Duration;

/** The benchmark's settings: system properties named {@code benchmark.<name>}. */
public final class Settings {

    private Settings() {
    }

    public static int intSetting(String name, int fallback) {
        return Integer.getInteger("benchmark." + name, fallback);
    }

    /** A duration setting such as {@code 30s}, {@code 2m} or {@code 500ms}. */
    public static Duration durationSetting(String name, String fallback) {
        return parseDuration(System.getProperty("benchmark." + name, fallback));
    }

    public static Duration parseDuration(String text) {
        String value = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        if (value.endsWith("s")) {
            value = value.substring(0, value.length() - 1);
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }
}
