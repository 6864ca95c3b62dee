package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.PoisonRecordContract;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events.ReferralReport;

/** Readiness-service's one consumer, the referral links on {@code referral.events}, dead-letters poison and goes on. */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class PoisonRecordTest extends PoisonRecordContract {

    @Override
    protected List<Channel> channels() {
        return List.of(new Channel("referral-events", "referral.events", "referral.events.readiness-service.dlq",
                "referral-links", ReferralReport.SUBMITTED,
                () -> {
                    String crn = Crns.random();
                    return new ValidEvent(crn, () -> ReferralEventFixtures.submitted(crn, UUID.randomUUID()));
                },
                List.of(
                        new Poison("naming no valid CRN", ReferralReport.SUBMITTED,
                                crn -> submitted(crn, "lower-case " + crn.toLowerCase(), "2")),
                        new Poison("with no personReference", ReferralReport.SUBMITTED,
                                crn -> "{\"referralId\":\"" + UUID.randomUUID() + "\",\"to\":\"AWAITING_READINESS\","
                                        + "\"version\":2,\"changedAt\":\"2026-11-01T10:00:00Z\"}"),
                        new Poison("with no version", ReferralReport.WITHDRAWN,
                                crn -> submitted(crn, crn, null)),
                        new Poison("with free text for its version", ReferralReport.STATUS_CHANGED,
                                crn -> submitted(crn, crn, "\"" + PERSONAL_TEXT + "\"")))));
    }

    private static String submitted(String key, String crn, String version) {
        return "{\"referralId\":\"" + UUID.randomUUID() + "\","
                + "\"personReference\":{\"identifiers\":[{\"type\":\"CRN\",\"value\":\"" + crn + "\"}]},"
                + "\"from\":\"DRAFT\",\"to\":\"AWAITING_READINESS\",\"changedBy\":\"A_PRACTITIONER\","
                + "\"changedAt\":\"2026-11-01T10:00:00Z\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }
}
