package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed.personReference;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.DeadLetterReplayContract;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events.ReferralReport;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Referral events that readiness-service gave up on are listed and replayed, each applied once. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterResourceTest extends DeadLetterReplayContract {

    @Override
    protected String channel() {
        return "referral-events";
    }

    @Override
    protected String topic() {
        return "referral.events";
    }

    @Override
    protected String deadLetterTopic() {
        return "referral.events.readiness-service.dlq";
    }

    @Override
    protected String eventType() {
        return ReferralReport.SUBMITTED;
    }

    @Override
    protected Map<String, Object> eventData(String crn) {
        UUID referralId = UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", referralId.toString());
        data.put("personReference", personReference(crn));
        data.put("interventionId", "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11");
        data.put("interventionName", "Positive Pathways");
        data.put("region", "london");
        data.put("deliveryFormat", "GROUP");
        data.put("deliveryMode", "IN_PERSON");
        data.put("from", "DRAFT");
        data.put("to", "AWAITING_READINESS");
        data.put("changedBy", "A_PRACTITIONER");
        data.put("changedAt", OffsetDateTime.now().toString());
        data.put("version", 2);
        data.put("detailUrl", "http://referral-service/referrals/" + referralId);
        return data;
    }

    @Override
    protected String poisonData(String crn) {
        return "{\"referralId\":\"" + UUID.randomUUID() + "\"}";
    }

    @Override
    protected long effects(String crn) {
        return Long.parseLong(TestDatabase.queryForText("SELECT count(*) FROM linked_referral WHERE crn = ?", crn));
    }

    @Override
    protected String anotherRole() {
        return Roles.PRACTITIONER;
    }
}
