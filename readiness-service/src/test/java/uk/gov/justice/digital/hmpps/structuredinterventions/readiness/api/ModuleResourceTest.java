package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
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
class ModuleResourceTest {

    @Test
    void serves_the_about_and_contents_pages_and_the_four_exercises_with_reflection_questions() {
        as(Roles.PRACTITIONER)
                .get("/module").then().statusCode(200)
                .body("version", is(1))
                .body("about.heading", is("About this module"))
                .body("contents.heading", is("Contents"))
                .body("exercises.code", contains("INTRODUCTORY_VIDEO", "GETTING_READY",
                        "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS"))
                .body("exercises.number", contains(1, 2, 3, 4))
                .body("exercises.collect { it.reflectionQuestions.size() }", everyItem(greaterThanOrEqualTo(4)))
                .body("exercises.video.reference", everyItem(org.hamcrest.Matchers.startsWith("pim-v1-")));
    }
}
