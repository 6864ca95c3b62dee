package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.service;

import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.domain.Thing;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.persistence.ThingStore;

/** Loads a thing. */
public class ThingService {
    public Thing thing() {
        return new ThingStore().load();
    }
}
