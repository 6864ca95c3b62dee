package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.messaging;

import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed.personReference;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events.ReferralReport;

/**
 * Referral-service's events, as readiness-service reads them: put on {@code referral.events} through the
 * {@link EventFeed}, which checks each against its schema.
 */
public final class ReferralEventFixtures {

    private static final String TOPIC = "referral.events";

    private ReferralEventFixtures() {
    }

    /** A referral of the person was submitted (version 2); returns the event id. */
    public static String submitted(String crn, UUID referralId) {
        return send(crn, referralId, ReferralReport.SUBMITTED, "DRAFT", "AWAITING_READINESS", 2);
    }

    /** The referral was withdrawn (version 3); returns the event id. */
    public static String withdrawn(String crn, UUID referralId) {
        return send(crn, referralId, ReferralReport.WITHDRAWN, "AWAITING_READINESS", "WITHDRAWN", 3);
    }

    /** Submits a referral and waits until the person's record shows it linked. */
    public static UUID referred(String crn) {
        UUID referralId = UUID.randomUUID();
        TestDatabase.awaitHandled(submitted(crn, referralId));
        return referralId;
    }

    private static String send(String crn, UUID referralId, String type, String from, String to, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", referralId.toString());
        data.put("personReference", personReference(crn));
        data.put("interventionId", "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11");
        data.put("interventionName", "Positive Pathways");
        data.put("region", "london");
        data.put("deliveryFormat", "GROUP");
        data.put("deliveryMode", "IN_PERSON");
        data.put("from", from);
        data.put("to", to);
        if ("WITHDRAWN".equals(to)) {
            data.put("reasonCode", "PERSON_DECLINED");
            data.put("reason", "Declined.");
        }
        data.put("changedBy", "A_PRACTITIONER");
        data.put("changedAt", OffsetDateTime.now().toString());
        data.put("version", version);
        data.put("detailUrl", "http://referral-service/referrals/" + referralId);
        return EventFeed.send(TOPIC, crn, type, data);
    }
}
