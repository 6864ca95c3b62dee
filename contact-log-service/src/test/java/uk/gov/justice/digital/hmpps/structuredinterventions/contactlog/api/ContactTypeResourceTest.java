package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ContactTypeResourceTest {

    @Test
    void the_introduction_is_not_a_rar_activity_and_the_completion_counts_once_per_person() {
        as(Roles.READ_ONLY).get("/contact-types").then().statusCode(200)
                .body("find { it.code == 'PIM_INTRODUCTION' }.rarActivity", is(false))
                .body("find { it.code == 'PIM_FOLLOW_UP' }.rarActivity", is(true))
                .body("find { it.code == 'PIM_COMPLETION' }.countsOncePerPerson", is(true));
    }
}
