package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.api;

import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.domain.Thing;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.persistence.ThingStore;

/** Answers with a thing straight from the store, past the service. */
public class ThingResource {
    public Thing get() {
        return new ThingStore().load();
    }
}
