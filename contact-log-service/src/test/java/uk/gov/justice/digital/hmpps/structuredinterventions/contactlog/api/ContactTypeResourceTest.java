package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ContactTypeResourceTest {

    @Test
    void the_introduction_is_not_a_rar_activity_and_the_completion_counts_once_per_person() {
        given().auth().oauth2(LocalTokens.token("PP", List.of(Roles.READ_ONLY)))
                .get("/contact-types").then().statusCode(200)
                .body("find { it.code == 'PIM_INTRODUCTION' }.rarActivity", is(false))
                .body("find { it.code == 'PIM_FOLLOW_UP' }.rarActivity", is(true))
                .body("find { it.code == 'PIM_COMPLETION' }.countsOncePerPerson", is(true));
    }
}
