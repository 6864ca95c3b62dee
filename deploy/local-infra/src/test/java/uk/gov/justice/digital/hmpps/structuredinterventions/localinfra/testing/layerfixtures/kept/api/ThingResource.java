package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.kept.api;

import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.kept.domain.Thing;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.kept.service.ThingService;

/** Answers with a thing through the service. */
public class ThingResource {
    public Thing get() {
        return new ThingService().thing();
    }
}
