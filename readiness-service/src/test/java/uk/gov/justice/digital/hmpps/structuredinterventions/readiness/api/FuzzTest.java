package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.FuzzContract;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class FuzzTest extends FuzzContract {
}
