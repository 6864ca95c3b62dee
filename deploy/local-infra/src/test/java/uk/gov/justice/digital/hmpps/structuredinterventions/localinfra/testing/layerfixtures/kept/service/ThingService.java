package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.kept.service;

import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.kept.domain.Thing;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.kept.persistence.ThingStore;

/** Loads a thing. */
public class ThingService {
    public Thing thing() {
        return new ThingStore().load();
    }
}
