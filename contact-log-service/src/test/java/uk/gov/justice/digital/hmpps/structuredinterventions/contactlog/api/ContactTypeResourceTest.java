package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ContactTypeResourceTest {

    @Nested
    class Listing_the_contact_types {

        @Test
        void the_introduction_is_not_a_rar_activity_and_the_completion_counts_once_per_person() {
            as(Roles.READ_ONLY).get("/contact-types").then().statusCode(200)
                    .body("find { it.code == 'PIM_INTRODUCTION' }.rarActivity", is(false))
                    .body("find { it.code == 'PIM_FOLLOW_UP' }.rarActivity", is(true))
                    .body("find { it.code == 'PIM_COMPLETION' }.countsOncePerPerson", is(true));
        }

        @Test
        void says_only_other_rehabilitative_activity_is_recorded_by_hand_and_where_the_module_contacts_are_recorded() {
            as(Roles.PRACTITIONER).get("/contact-types").then().statusCode(200)
                    .body("findAll { it.recordedByHand }.code", contains("OTHER_REHABILITATIVE_ACTIVITY"))
                    .body("find { it.code == 'OTHER_REHABILITATIVE_ACTIVITY' }.recordedThrough", is("POST /contacts"))
                    .body("find { it.code == 'PIM_INTRODUCTION' }.recordedThrough",
                            is("readiness-service: POST /people/{crn}/readiness/introduction"))
                    .body("find { it.code == 'PIM_FOLLOW_UP' }.recordedThrough",
                            is("readiness-service: POST /people/{crn}/readiness/follow-ups"))
                    .body("find { it.code == 'PIM_COMPLETION' }.recordedThrough",
                            is("readiness-service: POST /people/{crn}/readiness/completion"));
        }
    }
}
