package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.domain;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.service.ThingService;

/** A domain value that reaches up into service and into CDI. */
@ApplicationScoped
public class Thing {
    public ThingService service() {
        return new ThingService();
    }
}
