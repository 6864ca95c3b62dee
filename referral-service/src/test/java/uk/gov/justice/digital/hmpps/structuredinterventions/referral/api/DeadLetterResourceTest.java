package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed.personReference;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.DeadLetterReplayContract;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.ReadinessReports;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Readiness reports that referral-service gave up on are listed and replayed, each applied once. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterResourceTest extends DeadLetterReplayContract {

    @Override
    protected String channel() {
        return "readiness-events";
    }

    @Override
    protected String topic() {
        return "readiness.events";
    }

    @Override
    protected String deadLetterTopic() {
        return "readiness.events.referral-service.dlq";
    }

    @Override
    protected String eventType() {
        return ReadinessReports.MODULE_COMPLETED;
    }

    @Override
    protected Map<String, Object> eventData(String crn) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", personReference(crn));
        data.put("completedOn", at.toLocalDate().toString());
        data.put("completedAt", at.toString());
        data.put("moduleVersion", 1);
        data.put("referralIds", List.of());
        data.put("recordedBy", "A_PRACTITIONER");
        data.put("detailUrl", "http://readiness-service/people/" + crn + "/readiness");
        return data;
    }

    @Override
    protected String poisonData(String crn) {
        // No completedAt: the consumer cannot order the report, so it is poison.
        return "{\"personReference\":{\"identifiers\":[{\"type\":\"CRN\",\"value\":\"" + crn + "\"}]},"
                + "\"completedOn\":\"2026-11-20\",\"moduleVersion\":1,\"referralIds\":[],"
                + "\"recordedBy\":\"A_PRACTITIONER\",\"detailUrl\":\"http://readiness-service/people\"}";
    }

    @Override
    protected long effects(String crn) {
        return Long.parseLong(TestDatabase.queryForText(
                "SELECT count(*) FROM person_readiness WHERE crn = ? AND module_completed_at IS NOT NULL", crn));
    }

    @Override
    protected String anotherRole() {
        return Roles.PRACTITIONER;
    }
}
