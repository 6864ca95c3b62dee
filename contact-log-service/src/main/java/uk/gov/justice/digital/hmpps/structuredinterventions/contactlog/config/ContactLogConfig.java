package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "contact-log")
public interface ContactLogConfig {

    /** The public base URL of this service, for the {@code detailUrl} of its events. */
    String baseUrl();

    /** The topic this service publishes its events to. */
    String eventsTopic();
}
