package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "catalogue")
public interface CatalogueConfig {

    /** The public base URL of this service, for the {@code detailUrl} of its events. */
    String baseUrl();

    /** The topic this service publishes its events to. */
    String eventsTopic();

    /** How many intervention views (one per intervention and version) are kept in memory for reads. */
    @WithDefault("1000")
    int viewCacheSize();
}
