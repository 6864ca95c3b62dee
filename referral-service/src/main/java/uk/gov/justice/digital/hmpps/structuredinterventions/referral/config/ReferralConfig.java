package uk.gov.justice.digital.hmpps.structuredinterventions.referral.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "referral")
public interface ReferralConfig {

    /** The public base URL of this service, for the {@code detailUrl} of its events. */
    String baseUrl();

    /** The topic this service publishes its events to. */
    String eventsTopic();
}
