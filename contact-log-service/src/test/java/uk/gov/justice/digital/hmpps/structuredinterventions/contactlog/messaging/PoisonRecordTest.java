package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.messaging;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.events.ReadinessReport;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.PoisonRecordContract;

/**
 * Contact-log-service's one consumer, the module contacts on {@code readiness.events}, dead-letters poison and goes
 * on.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class PoisonRecordTest extends PoisonRecordContract {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    @Override
    protected List<Channel> channels() {
        return List.of(new Channel("readiness-events", "readiness.events", "readiness.events.contact-log-service.dlq",
                "module-contacts", ReadinessReport.FOLLOW_UP_COMPLETED,
                () -> {
                    String crn = Crns.random();
                    return new ValidEvent(crn, () -> ReadinessEventFixtures.introduced(crn, DAY));
                },
                List.of(
                        new Poison("naming no valid CRN", ReadinessReport.MODULE_INTRODUCED,
                                crn -> introduced("lower-case " + crn.toLowerCase(), session("10:00", "11:00"),
                                        "PEER_MENTOR")),
                        new Poison("with no session", ReadinessReport.MODULE_INTRODUCED,
                                crn -> introduced(crn, null, "PEER_MENTOR")),
                        new Poison("with free text for the role of who delivered it", ReadinessReport.MODULE_INTRODUCED,
                                crn -> introduced(crn, session("10:00", "11:00"), PERSONAL_TEXT)),
                        new Poison("with free text for its attendance", ReadinessReport.FOLLOW_UP_COMPLETED,
                                crn -> followedUp(crn, session("10:00", "11:00"), PERSONAL_TEXT)),
                        new Poison("with a session that ends before it starts", ReadinessReport.FOLLOW_UP_COMPLETED,
                                crn -> followedUp(crn, session("11:00", "10:00"), "ATTENDED_COMPLIED"), false),
                        new Poison("with no completedOn", ReadinessReport.MODULE_COMPLETED,
                                crn -> "{\"personReference\":" + person(crn)
                                        + ",\"recordedBy\":\"A_PRACTITIONER\"}"))));
    }

    private static String person(String crn) {
        return "{\"identifiers\":[{\"type\":\"CRN\",\"value\":\"" + crn + "\"}]}";
    }

    private static String session(String start, String end) {
        return "{\"date\":\"" + DAY + "\",\"startTime\":\"" + start + "\",\"endTime\":\"" + end + "\"}";
    }

    private static String stamped(String crn, String session, String role) {
        return "\"personReference\":" + person(crn) + (session == null ? "" : ",\"session\":" + session)
                + ",\"deliveredBy\":{\"name\":\"Sam Jones\",\"role\":\"" + role + "\",\"appointedBy\":\"Alex Smith\"}"
                + ",\"moduleVersion\":1,\"recordedBy\":\"A_PRACTITIONER\",\"recordedAt\":\"2026-10-05T12:00:00Z\""
                + ",\"detailUrl\":\"http://readiness-service/people/x/readiness\",\"referralIds\":[]";
    }

    private static String introduced(String crn, String session, String role) {
        return "{" + stamped(crn, session, role) + ",\"introductionId\":\"" + UUID.randomUUID() + "\","
                + "\"suitableDevice\":false,\"followUpMustBeExtended\":true,\"paperCopyGiven\":true}";
    }

    private static String followedUp(String crn, String session, String attendance) {
        return "{" + stamped(crn, session, "PEER_MENTOR") + ",\"followUpId\":\"" + UUID.randomUUID() + "\","
                + "\"length\":\"EXTENDED\",\"reviewedModuleBeforehand\":false,\"probationServiceDeviceUsed\":true,"
                + "\"exercisesDiscussed\":[\"GETTING_READY\"],\"attendance\":\"" + attendance + "\","
                + "\"preWorkContact\":true}";
    }
}
