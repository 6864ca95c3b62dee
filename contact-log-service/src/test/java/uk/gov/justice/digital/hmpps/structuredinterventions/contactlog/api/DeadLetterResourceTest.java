package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed.personReference;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events.ReadinessReport;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.DeadLetterReplayContract;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Readiness events that contact-log-service gave up on are listed and replayed, each applied once. */
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
        return "readiness.events.contact-log-service.dlq";
    }

    @Override
    protected String eventType() {
        return ReadinessReport.MODULE_COMPLETED;
    }

    @Override
    protected Map<String, Object> eventData(String crn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", personReference(crn));
        data.put("completedOn", LocalDate.now().toString());
        data.put("completedAt", OffsetDateTime.now().toString());
        data.put("moduleVersion", 1);
        data.put("referralIds", List.of());
        data.put("recordedBy", "A_PRACTITIONER");
        data.put("detailUrl", "http://readiness-service/people/" + crn + "/readiness");
        return data;
    }

    @Override
    protected String poisonType() {
        return ReadinessReport.FOLLOW_UP_COMPLETED;
    }

    @Override
    protected String poisonData(String crn) {
        return "{\"personReference\":{\"identifiers\":[{\"type\":\"CRN\",\"value\":\"" + crn + "\"}]},"
                + "\"followUpId\":\"" + UUID.randomUUID() + "\",\"attendance\":\"DANCED\"}";
    }

    @Override
    protected long effects(String crn) {
        return Long.parseLong(TestDatabase.queryForText(
                "SELECT count(*) FROM contact WHERE crn = ? AND type = 'PIM_COMPLETION'", crn));
    }

    @Override
    protected String anotherRole() {
        return Roles.PRACTITIONER;
    }
}
