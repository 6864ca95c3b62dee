package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Where audit records go, under {@code structured-interventions.audit.*}. */
@ConfigMapping(prefix = "structured-interventions.audit")
public interface AuditConfig {

    /** The topic audit records are published to, keyed by CRN, through the outbox. */
    @WithDefault("audit.events")
    String topic();

    /** The {@code service} every record names: the application's name. */
    @WithName("service")
    @WithDefault("${quarkus.application.name}")
    String service();
}
