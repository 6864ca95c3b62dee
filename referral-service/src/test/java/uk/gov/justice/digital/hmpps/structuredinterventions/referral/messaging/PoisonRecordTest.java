package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.PoisonRecordContract;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.NeedAreaUpdated;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.ReadinessReports;

/**
 * Both of referral-service's consumers dead-letter poison and go on: the catalogue read model on
 * {@code catalogue.events} and the readiness reports on {@code readiness.events}.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class PoisonRecordTest extends PoisonRecordContract {

    private static final String PUBLISHED = "structured-interventions.intervention.published";

    @Override
    protected List<Channel> channels() {
        return List.of(
                new Channel("catalogue-events", "catalogue.events", "catalogue.events.referral-service.dlq",
                        "catalogue-read-model", PUBLISHED,
                        () -> {
                            var intervention = new CatalogueEventFixtures.Intervention();
                            return new ValidEvent(intervention.id().toString(),
                                    () -> intervention.publish(PUBLISHED, 1));
                        },
                        List.of(
                                new Poison("carrying no intervention", PUBLISHED,
                                        id -> "{\"detailUrl\":\"http://catalogue-service/interventions/" + id + "\"}"),
                                new Poison("with an empty entry in its eligible sexes", PUBLISHED,
                                        id -> "{\"intervention\":{\"id\":\"" + id + "\",\"version\":1,"
                                                + "\"eligibility\":{\"sexes\":[null],\"offenceCohorts\":[]}}}"),
                                new Poison("with free text for its version", PUBLISHED,
                                        id -> "{\"intervention\":{\"id\":\"" + id + "\",\"version\":\""
                                                + PERSONAL_TEXT + "\",\"eligibility\":{}}}"),
                                new Poison("with free text for its version", NeedAreaUpdated.TYPE,
                                        id -> "{\"code\":\"DA\",\"name\":\"Domestic Abuse\",\"version\":\""
                                                + PERSONAL_TEXT + "\"}"))),
                new Channel("readiness-events", "readiness.events", "readiness.events.referral-service.dlq",
                        "readiness-reports", ReadinessReports.MODULE_COMPLETED,
                        () -> {
                            String crn = Crns.random();
                            return new ValidEvent(crn,
                                    () -> ReadinessEventFixtures.moduleCompleted(crn, OffsetDateTime.now()));
                        },
                        List.of(
                                new Poison("naming no valid CRN", ReadinessReports.MODULE_COMPLETED,
                                        crn -> "{\"personReference\":" + person("lower-case " + crn.toLowerCase())
                                                + ",\"completedAt\":\"2026-11-01T10:00:00Z\"}"),
                                new Poison("with no completedAt", ReadinessReports.MODULE_COMPLETED,
                                        crn -> "{\"personReference\":" + person(crn) + "}"),
                                new Poison("with free text among its barriers", ReadinessReports.ASSESSED,
                                        crn -> assessed(crn, "[\"" + PERSONAL_TEXT + "\"]", "[]")),
                                new Poison("with an empty entry among its barriers", ReadinessReports.ASSESSED,
                                        crn -> assessed(crn, "[null]", "[]")),
                                new Poison("with an empty entry among its referrals", ReadinessReports.ASSESSED,
                                        crn -> assessed(crn, "[\"MOTIVATION\"]", "[null]")),
                                new Poison("with no assessedAt", ReadinessReports.ASSESSED,
                                        crn -> "{\"personReference\":" + person(crn) + ",\"ready\":true}"))));
    }

    private static String person(String crn) {
        return "{\"identifiers\":[{\"type\":\"CRN\",\"value\":\"" + crn + "\"}]}";
    }

    private static String assessed(String crn, String barriers, String referralIds) {
        return "{\"personReference\":" + person(crn) + ",\"assessmentId\":\"" + UUID.randomUUID() + "\","
                + "\"assessedAt\":\"2026-11-01T10:00:00Z\",\"ready\":false,\"barriers\":" + barriers
                + ",\"referralIds\":" + referralIds + ",\"concernId\":\"" + UUID.randomUUID() + "\"}";
    }
}
