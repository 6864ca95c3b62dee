package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.introduction;
import static uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api.ReadinessFixtures.path;

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
class ReadinessAuditTest {

    private static final String NOTES = "Worried about his landlord finding out";

    @Nested
    class A_persons_readiness_record {

        @Test
        void recording_the_introduction_puts_one_change_record_and_none_of_its_notes() {
            String crn = Crns.random();
            Map<String, Object> details = introduction(true);
            details.put("notes", NOTES);
            try (AuditTrail trail = AuditTrail.open()) {
                as(Roles.PRACTITIONER).body(details).post(path(crn) + "/introduction").then().statusCode(201);

                List<AuditTrail.Entry> changes = trail.await(crn, "RECORD_MODULE_INTRODUCTION");
                assertThat(changes).hasSize(1);
                AuditTrail.Entry change = changes.get(0);
                assertThat(change.record().get("who").asText()).isEqualTo("A_PRACTITIONER");
                assertThat(change.record().get("service").asText()).isEqualTo("readiness-service");
                assertThat(change.record().get("subjectId").asText()).isEqualTo(crn);
                assertThat(change.details().get("operation").asText()).isEqualTo("CHANGE");
                assertThat(trail.all(crn, Duration.ofMillis(200)))
                        .allSatisfy(entry -> assertThat(entry.value()).doesNotContain("landlord"));
            }
        }

        @Test
        void reading_it_puts_one_read_record_naming_the_reader() {
            String crn = Crns.random();
            ReadinessFixtures.introduce(crn, true);
            try (AuditTrail trail = AuditTrail.open()) {
                as(Roles.READ_ONLY).header("X-Request-Id", "readiness-read-1").get(path(crn)).then().statusCode(200);

                List<AuditTrail.Entry> reads = trail.await(crn, "READ_READINESS_RECORD");
                assertThat(reads).hasSize(1);
                assertThat(reads.get(0).record().get("who").asText()).isEqualTo("A_ONLY");
                assertThat(reads.get(0).record().get("correlationId").asText()).isEqualTo("readiness-read-1");
                assertThat(reads.get(0).details().get("operation").asText()).isEqualTo("READ");
                assertThat(reads.get(0).details().get("resourceId").asText()).isEqualTo(crn);
            }
        }
    }
}
