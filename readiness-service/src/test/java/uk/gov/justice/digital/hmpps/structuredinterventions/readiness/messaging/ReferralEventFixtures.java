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

    /** The region the referrals of these fixtures are made in, unless a test names another. */
    public static final String REGION = "london";

    /** A referral of the person was submitted (version 2) in London; returns the event id. */
    public static String submitted(String crn, UUID referralId) {
        return submitted(crn, referralId, REGION);
    }

    /** A referral of the person was submitted (version 2) in the region; returns the event id. */
    public static String submitted(String crn, UUID referralId, String region) {
        return send(crn, referralId, ReferralReport.SUBMITTED, "DRAFT", "AWAITING_READINESS", 2, region);
    }

    /** The referral was withdrawn (version 3); returns the event id. */
    public static String withdrawn(String crn, UUID referralId) {
        return send(crn, referralId, ReferralReport.WITHDRAWN, "AWAITING_READINESS", "WITHDRAWN", 3, REGION);
    }

    /** The referral in the region moved from one status to another, at the version; returns the event id. */
    public static String statusChanged(String crn, UUID referralId, String region, String from, String to,
            long version) {
        return send(crn, referralId, ReferralReport.STATUS_CHANGED, from, to, version, region);
    }

    /** Submits a referral in London and waits until the person's record shows it linked. */
    public static UUID referred(String crn) {
        return referred(crn, REGION);
    }

    /** Submits a referral in the region and waits until the person's record shows it linked. */
    public static UUID referred(String crn, String region) {
        UUID referralId = UUID.randomUUID();
        TestDatabase.awaitHandled(submitted(crn, referralId, region));
        return referralId;
    }

    private static String send(String crn, UUID referralId, String type, String from, String to, long version,
            String region) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", referralId.toString());
        data.put("personReference", personReference(crn));
        data.put("interventionId", "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11");
        data.put("interventionName", "Positive Pathways");
        data.put("region", region);
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
