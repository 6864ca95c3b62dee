package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.contact;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.record;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.today;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.AuditTrail;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class ContactAuditTest {

    private static final String NOTES = "Arrived late, said his daughter was unwell";

    @Nested
    class A_contact {

        @Test
        void recording_it_puts_one_change_record_naming_the_contact_and_none_of_its_notes() {
            String crn = Crns.random();
            Map<String, Object> details = contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today());
            details.put("notes", NOTES);
            try (AuditTrail trail = AuditTrail.open()) {
                String id = record(details).getString("id");

                List<AuditTrail.Entry> changes = trail.await(crn, "RECORD_CONTACT");
                assertThat(changes).hasSize(1);
                AuditTrail.Entry change = changes.get(0);
                assertThat(change.record().get("who").asText()).isEqualTo("A_PRACTITIONER");
                assertThat(change.record().get("service").asText()).isEqualTo("contact-log-service");
                assertThat(change.record().get("subjectId").asText()).isEqualTo(crn);
                assertThat(change.details().get("operation").asText()).isEqualTo("CHANGE");
                assertThat(change.details().get("resourceId").asText()).isEqualTo(id);
                assertThat(trail.all(crn, Duration.ofMillis(200)))
                        .allSatisfy(entry -> assertThat(entry.value()).doesNotContain("daughter"));
            }
        }

        @Test
        void reading_it_and_listing_the_persons_contacts_each_put_one_record() {
            String crn = Crns.random();
            String id = record(contact(crn, "OTHER_REHABILITATIVE_ACTIVITY", today())).getString("id");
            try (AuditTrail trail = AuditTrail.open()) {
                as(Roles.READ_ONLY).get("/contacts/" + id).then().statusCode(200);
                as(Roles.READ_ONLY).queryParam("crn", crn).get("/contacts").then().statusCode(200);

                List<AuditTrail.Entry> reads = trail.await(crn, "READ_CONTACT");
                List<AuditTrail.Entry> searches = trail.await(crn, "SEARCH_CONTACTS");
                assertThat(reads).hasSize(1);
                assertThat(reads.get(0).record().get("who").asText()).isEqualTo("A_ONLY");
                assertThat(reads.get(0).details().get("resourceId").asText()).isEqualTo(id);
                assertThat(searches).hasSize(1);
                assertThat(searches.get(0).crns()).containsExactly(crn);
            }
        }
    }
}
