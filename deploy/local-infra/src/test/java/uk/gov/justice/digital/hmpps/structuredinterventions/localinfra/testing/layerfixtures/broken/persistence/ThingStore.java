package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.persistence;

import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.broken.domain.Thing;

/** Where things are kept. */
public class ThingStore {
    public Thing load() {
        return new Thing();
    }
}
