package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.REGIONS;
import static uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api.CatalogueFixtures.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class CoverageResourceTest {

    @Nested
    class Checking_coverage {

        @Test
        void all_twelve_regions_meet_the_rule_with_the_seeded_interventions() {
            as(Roles.PRACTITIONER).get("/coverage").then().statusCode(200)
                    .body("met", is(true))
                    .body("regions.region", contains(REGIONS.toArray()))
                    .body("regions.met", everyItem(is(true)))
                    .body("regions[0].needAreas.needArea", contains("ATB", "DA", "EM"))
                    .body("regions[0].needAreas.find { it.needArea == 'DA' }.interventions.name",
                            hasItem("Positive Pathways Plus"))
                    .body("regions[11].needAreas.find { it.needArea == 'EM' }.interventions.name",
                            hasItem("Managing My Emotions"));
        }
    }

    @Nested
    class Listing_the_csaap_principles {

        @Test
        void lists_the_seven_principles_an_approval_assesses() {
            as(Roles.READ_ONLY).get("/csaap-principles").then().statusCode(200)
                    .body("", hasSize(7))
                    .body("code", contains(CatalogueFixtures.PRINCIPLES.toArray()))
                    .body("title", hasItem("A clear model of change"));
        }
    }
}
