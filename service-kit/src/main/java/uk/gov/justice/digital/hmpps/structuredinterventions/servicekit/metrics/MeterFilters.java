package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How every service's meters are shaped: HTTP server requests carry a histogram (so percentiles can be computed per
 * route across replicas), and no label value may hold a CRN.
 */
@Singleton
public class MeterFilters {

    /** A CRN anywhere in a value: one upper-case letter and six digits, not inside a longer run of letters or digits. */
    static final Pattern CRN = Pattern.compile("(?<![A-Za-z0-9])[A-Z][0-9]{6}(?![0-9])");
    static final String REDACTED = "REDACTED";

    /** Percentile histograms for {@code http.server.requests}, from 1 ms to 10 s. */
    @Produces
    @Singleton
    MeterFilter httpServerHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().startsWith("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(10).toNanos())
                        .build()
                        .merge(config);
            }
        };
    }

    /**
     * A last guard: a label value that holds a CRN is replaced with {@code REDACTED}. Labels are meant never to carry
     * one (routes are templates, consumers and channels are names), so this only stops a mistake reaching the metrics.
     */
    @Produces
    @Singleton
    MeterFilter noCrnInLabels() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                List<Tag> tags = id.getTags();
                if (tags.stream().noneMatch(tag -> CRN.matcher(tag.getValue()).find())) {
                    return id;
                }
                List<Tag> redacted = new ArrayList<>(tags.size());
                for (Tag tag : tags) {
                    redacted.add(CRN.matcher(tag.getValue()).find() ? Tag.of(tag.getKey(), REDACTED) : tag);
                }
                return id.replaceTags(redacted);
            }
        };
    }
}
